% A bracket list used as a value is concatenation along the last axis, and eqc says so.
a, b \in \mathbb{R}^{d}
y = [a, b]
% ~WARNING W0133
