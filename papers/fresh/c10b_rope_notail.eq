% RoPE frequencies as printed in RoFormer Eq. 15 without the range tail: \theta_i = 10000^{-2(i-1)/d}
% (the paper's i runs from 1 to d/2), then the 1-based pair rotation
x \in \mathbb{R}^{d}, m \in \mathbb{R}
\theta \in \mathbb{R}^{d/2}

\theta_i = 10000^{-2(i-1)/d}
y_{2i-1} = x_{2i-1}\cos(m\theta_i) - x_{2i}\sin(m\theta_i)
y_{2i} = x_{2i-1}\sin(m\theta_i) + x_{2i}\cos(m\theta_i)
