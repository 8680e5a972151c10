% Bertsekas' quadratic: the primes are transposes
Q \in \mathbb{R}^{2 \times 2}, b, x \in \mathbb{R}^{2}

g = \frac{1}{2} x'Qx - b'x
% ~WARNING W0510
% ~WARNING W0510
