% A power written twice, which LaTeX rejects ("Double superscript"): x^2^3 could mean
% (x^2)^3 = x^6 or x^(2^3) = x^8, so eqc will not pick one.
x \in \mathbb{R}^{d}
y = x^2^3
% ~ERROR E0006
z_i = W_{i}_{j} x_j
% ~ERROR E0006
w = {x^2}^3 + x^{2^3}
