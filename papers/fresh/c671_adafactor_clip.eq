% Adafactor, Shazeer & Stern (2018), Algorithm 4, the update and its clipping (lines 8-10); RMS the root
% mean square over the n x m entries (Section 6, written out here); d the clipping threshold
G_t, \hat{V}_t, X_{t-1} \in \mathbb{R}^{n \times m}, \alpha_t, d \in \mathbb{R}

\mathrm{RMS}(U) = \sqrt{\frac{1}{nm}\sum_{i=1}^{n}\sum_{j=1}^{m} U_{ij}^2}
U_t = G_t / \sqrt{\hat{V}_t}
\hat{U}_t = U_t / \max(1, \mathrm{RMS}(U_t)/d)
X_t = X_{t-1} - \alpha_t \hat{U}_t
