% Aggregated Momentum, Lucas et al. (2019), Eq. 1: K velocity vectors with damping factors beta^{(i)}; the gradient
% at theta_{t-1} given; d parameters
v_{t-1}^{(i)} \in \mathbb{R}^{K \times d}, \beta^{(i)} \in \mathbb{R}^{K}, \nabla_\theta f(\theta_{t-1}), \theta_{t-1} \in \mathbb{R}^{d}, \gamma_t \in \mathbb{R}

v_t^{(i)} = \beta^{(i)} v_{t-1}^{(i)} - \nabla_\theta f(\theta_{t-1})
\theta_t = \theta_{t-1} + \frac{\gamma_t}{K} \sum_{i=1}^{K} v_t^{(i)}
