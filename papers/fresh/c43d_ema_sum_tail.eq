% The same with the range of t given as a tail, t = 1, ..., T
g \in \mathbb{R}^{T}, \beta_2 \in \mathbb{R}

v_t = (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} g_i^2 \quad \text{for } t = 1, \dots, T
