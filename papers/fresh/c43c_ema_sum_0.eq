% The same with 0-based explicit limits: \sum_{i=0}^{t}
g \in \mathbb{R}^{T}, \beta_2 \in \mathbb{R}

v_t = (1 - \beta_2) \sum_{i=0}^{t} \beta_2^{t-i} g_i^2
