% Ruder (2016), Sec. 4.2 (Nesterov accelerated gradient), as printed; the gradient at the approximate future
% position \theta - \gamma v_{t-1} is given (it is computed by the model), d parameters
v_{t-1}, \theta, \nabla_\theta J( \theta - \gamma v_{t-1} ) \in \mathbb{R}^{d}, \gamma, \eta \in \mathbb{R}

v_t = \gamma v_{t-1} + \eta \nabla_\theta J( \theta - \gamma v_{t-1} )
\theta = \theta - v_t
