% Progressive distillation (v-parameterisation), Salimans & Ho (2022), Appendix D: with alpha^2 + sigma^2 = 1,
% x = alpha z - sigma v and eps = sigma z + alpha v
z_t, \hat{v} \in \mathbb{R}^{d}, \alpha_t, \sigma_t \in \mathbb{R}

\hat{x} = \alpha_t z_t - \sigma_t \hat{v}
\hat{\epsilon} = \sigma_t z_t + \alpha_t \hat{v}
