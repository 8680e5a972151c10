% RMSNorm (Zhang & Sennrich, 2019) on a batch of rows: mean reduces the last axis and drops
% it, so x [n, d] is divided by a vector [n] (NumPy's keepdims pitfall).
x \in \mathbb{R}^{n \times d}, \gamma \in \mathbb{R}^{d}
\mathrm{RMSNorm}(x) = \frac{x}{\sqrt{\mathrm{mean}(x^2)}} \odot \gamma
% ~ERROR E0302
