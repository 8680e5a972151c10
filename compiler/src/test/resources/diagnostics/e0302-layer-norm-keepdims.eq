% Layer normalization of a sequence x [n, d] with the per-row mean [n] defined apart: its last axis
% does not match x's, so NumPy's trailing alignment fails; [n] equals exactly one run of x's leading
% axes (axis 0), so it is aligned there, per row, with W0102 (was E0302). Var(x) beside x itself keeps
% its axis (W0102 says per row).
x \in \mathbb{R}^{n \times d}, \gamma, \beta \in \mathbb{R}^{d}
\mu = \mathrm{mean}(x)
y = \gamma \odot \frac{x - \mu}{\sqrt{\mathrm{Var}(x) + 10^{-5}}} + \beta
% ~WARNING W0102
% ~WARNING W0102
