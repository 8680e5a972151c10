% Squareplus, Barron (2021), Eq. 1
b \in \mathbb{R}

\operatorname{squareplus}(x, b) = \frac{x + \sqrt{x^2 + b}}{2}
