% RMSNorm (Zhang & Sennrich, 2019) on a batch of rows: the mean of x^2 beside x itself keeps its axis,
% one value per row that broadcasts back (not NumPy's keepdims pitfall, which divided x [n, d] by a
% vector [n]); for a matrix that is a reading, so eqc says it chose per row.
x \in \mathbb{R}^{n \times d}, \gamma \in \mathbb{R}^{d}
\mathrm{RMSNorm}(x) = \frac{x}{\sqrt{\mathrm{mean}(x^2)}} \odot \gamma
% ~WARNING W0102
