% Rotary embedding written per pair, with the second line pasted twice: both parts define the
% even elements y_{2i} and nothing defines y_{2i+1}.
x \in \mathbb{R}^{d}, \theta \in \mathbb{R}^{d/2}, m \in \mathbb{N}
y_{2i} = x_{2i}\cos(m\theta_i) - x_{2i+1}\sin(m\theta_i)
y_{2i} = x_{2i}\sin(m\theta_i) + x_{2i+1}\cos(m\theta_i)
% ~ERROR E0120
