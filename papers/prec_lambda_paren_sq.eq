% Reading rule: a scalar name before a parenthesis multiplies and the power binds to the parenthesis:
% \lambda(a - b)^2 is \lambda \cdot (a - b)^2, element-wise (SPEC 3.2; weight decay, Huber-style terms)
a, b \in \mathbb{R}^{d}, \lambda \in \mathbb{R}

y = \lambda(a - b)^2
