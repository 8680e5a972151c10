% Adafactor, Shazeer & Stern (2018), Section 8 / Algorithm 4: the relative step size; RMS is the root
% mean square of the n x m parameter matrix (Section 6, written out here); t the step number
X_{t-1} \in \mathbb{R}^{n \times m}, \epsilon_2 = 10^{-3}, t \in \mathbb{N}

\mathrm{RMS}(X) = \sqrt{\frac{1}{nm}\sum_{i=1}^{n}\sum_{j=1}^{m} X_{ij}^2}
\rho_t = \min\left(10^{-2}, \frac{1}{\sqrt{t}}\right)
\alpha_t = \max(\epsilon_2, \mathrm{RMS}(X_{t-1}))\rho_t
