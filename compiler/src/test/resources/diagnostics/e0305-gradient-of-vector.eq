% The gradient of a vector: there is one per element (a Jacobian), not one shape-of-x value.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{n \times d}
g = \frac{\partial (W x)}{\partial x}
% ~ERROR E0305
