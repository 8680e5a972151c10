% RoFormer, Su et al. (2021), Eq. 34 (the efficient form), pairs counted from 1 as the paper does:
% (x_{2i-1}, x_{2i}) rotated by m\theta_i; the frequencies \theta_i are given as an input here.
x \in \mathbb{R}^{d}, \theta \in \mathbb{R}^{d/2}, m \in \mathbb{R}
y_{2i-1} = x_{2i-1} \cos(m\theta_i) - x_{2i} \sin(m\theta_i)
y_{2i} = x_{2i-1} \sin(m\theta_i) + x_{2i} \cos(m\theta_i)
