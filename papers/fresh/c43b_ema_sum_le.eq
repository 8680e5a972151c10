% Adam §3 second moment with the sum written as \sum_{i \le t}
g \in \mathbb{R}^{T}, \beta_2 \in \mathbb{R}

v_t = (1 - \beta_2) \sum_{i \le t} \beta_2^{t-i} g_i^2
