% Ruder (2016), An overview of gradient descent optimization algorithms, Sec. 4.1 Eq. (momentum), as printed in
% the arXiv source; the gradient \nabla_\theta J(\theta) at the current parameters is given, d parameters
v_{t-1}, \theta, \nabla_\theta J( \theta) \in \mathbb{R}^{d}, \gamma, \eta \in \mathbb{R}

v_t = \gamma v_{t-1} + \eta \nabla_\theta J( \theta)
\theta = \theta - v_t
