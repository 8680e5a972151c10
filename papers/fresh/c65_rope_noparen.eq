% RoPE per pair with the trigonometric arguments unparenthesised, as RoFormer Eq. 34 prints them (\cos m\theta_i)
x \in \mathbb{R}^{d}, m \in \mathbb{R}
\theta \in \mathbb{R}^{d/2}

\theta_i = 10000^{-2i/d}
y_{2i} = x_{2i}\cos m\theta_i - x_{2i+1}\sin m\theta_i
y_{2i+1} = x_{2i}\sin m\theta_i + x_{2i+1}\cos m\theta_i
