% Root mean square layer normalization (Zhang & Sennrich, 2019, Eq. 4)
a, g \in \mathbb{R}^{n}

\mathrm{RMS}(a) = \sqrt{\frac{1}{n}\sum_{i=1}^{n} a_i^2}
% The normalized summed inputs, rescaled by the gain g
\bar{a}_i = \frac{a_i}{\mathrm{RMS}(a)} g_i
