% Adam, Kingma & Ba (2015), §3, the second moment as a weighted sum of past squared gradients:
% v_t = (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} \cdot g_i^2 (for every step t of a scalar parameter)
g \in \mathbb{R}^{T}, \beta_2 \in \mathbb{R}

v_t = (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} \cdot g_i^2
