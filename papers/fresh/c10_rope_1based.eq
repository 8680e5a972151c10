% RoPE (Su et al., 2021), Eq. 14-15 written per pair with 1-based indices as the paper prints
% (x_1, x_2), (x_3, x_4), ...: \theta_i = 10000^{-2(i-1)/d}, i \in [1, 2, ..., d/2]
x \in \mathbb{R}^{d}, m \in \mathbb{R}
\theta \in \mathbb{R}^{d/2}

\theta_i = 10000^{-2(i-1)/d} \quad \text{for } i = 1, \dots, d/2
y_{2i-1} = x_{2i-1}\cos(m\theta_i) - x_{2i}\sin(m\theta_i)
y_{2i} = x_{2i-1}\sin(m\theta_i) + x_{2i}\cos(m\theta_i)
