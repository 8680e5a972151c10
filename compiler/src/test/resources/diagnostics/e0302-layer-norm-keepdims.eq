% Layer normalization of a sequence x [n, d]: subtracting the per-row mean [n], defined apart,
% needs the axis kept; write it per row instead (declare x \in \mathbb{R}^{d}, batches are mapped).
% Var(x) beside x itself keeps its axis (W0102 says per row).
x \in \mathbb{R}^{n \times d}, \gamma, \beta \in \mathbb{R}^{d}
\mu = \mathrm{mean}(x)
y = \gamma \odot \frac{x - \mu}{\sqrt{\mathrm{Var}(x) + 10^{-5}}} + \beta
% ~ERROR E0302
% ~WARNING W0102
