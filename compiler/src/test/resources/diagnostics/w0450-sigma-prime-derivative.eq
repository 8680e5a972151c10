% Nielsen's BP1 for the quadratic cost: the prime on the sigmoid is its derivative
a, y, z \in \mathbb{R}^{n}

\delta = (a - y) \odot \sigma'(z)
% ~WARNING W0450
