% The logistic sigmoid with the denominator's brace left open.
x \in \mathbb{R}^{d}
\sigma(x) = \frac{1}{1 + e^{-x}
% ~ERROR E0002
