% Rotary position embedding (Su et al., 2021, RoFormer, Eq. 13–15) written per pair: the pair
% (x_{2i}, x_{2i+1}) of a query or key at position m is rotated by the angle mθ_i
x \in \mathbb{R}^{d}, m \in \mathbb{N}
\theta \in \mathbb{R}^{d/2}

% The frequencies θ_i = 10000^{-2i/d}, i = 0, …, d/2 - 1
\theta_i = 10000^{-2i/d}
y_{2i} = x_{2i}\cos(m\theta_i) - x_{2i+1}\sin(m\theta_i)
y_{2i+1} = x_{2i}\sin(m\theta_i) + x_{2i+1}\cos(m\theta_i)
