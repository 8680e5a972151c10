% TTT-Linear, Sun et al. (ICML 2025, "Learning to (Learn at Test Time)"), Eqs. 4-5: the self-supervised
% reconstruction loss of the hidden state W and one gradient step, from memory of the printing
W_{t-1} \in \mathbb{R}^{d \times d}, \theta_K, \theta_V, \theta_Q \in \mathbb{R}^{d \times d}, x_t \in \mathbb{R}^{d}, \eta \in \mathbb{R}

\ell(W; x_t) = \| f(\theta_K x_t; W) - \theta_V x_t \|^2
f(x; W) = W x
W_t = W_{t-1} - \eta \nabla \ell(W_{t-1}; x_t)
z_t = f(\theta_Q x_t; W_t)
