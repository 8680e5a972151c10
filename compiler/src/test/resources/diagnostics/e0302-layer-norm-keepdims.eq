% Layer normalization of a sequence x [n, d]: subtracting the per-row mean [n] needs the
% axis kept; write it per row instead (declare x \in \mathbb{R}^{d}, batches are mapped).
x \in \mathbb{R}^{n \times d}, \gamma, \beta \in \mathbb{R}^{d}
\mu = \mathrm{mean}(x)
y = \gamma \odot \frac{x - \mu}{\sqrt{\mathrm{Var}(x) + 10^{-5}}} + \beta
% ~ERROR E0302
