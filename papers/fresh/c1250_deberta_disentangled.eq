% DeBERTa, He et al. (2021), Eqs. 2-4: disentangled attention over N tokens; the content projections Q^c, K^c,
% V^c have one row per token and the relative-position projections Q^r, K^r one row per relative distance
% 0..2k-1 (prose: "P in R^{2k x d}"); k the maximum relative distance
Q^c, K^c, V^c \in \mathbb{R}^{N \times d}, Q^r, K^r \in \mathbb{R}^{2k \times d}

\delta(i, j) = \begin{cases} 0 & \text{for } i - j \leqslant -k \\ 2k - 1 & \text{for } i - j \geqslant k \\ i - j + k & \text{others.} \end{cases}
\tilde{A}_{i,j} = \underbrace{Q^c_i {K^c_j}^\intercal}_{\text{(a) content-to-content}} + \underbrace{Q^c_i {K^r_{\delta(i,j)}}^\intercal}_{\text{(b) content-to-position}} + \underbrace{K^c_j {Q^r_{\delta(j,i)}}^\intercal}_{\text{(c) position-to-content}}
H_o = \mathrm{softmax}\left(\frac{\tilde{A}}{\sqrt{3d}}\right) V^c
