% TRPO, Schulman et al. (2015): the surrogate, the advantages declared by their element.
\rho(a_t \mid s_t), \hat{A}_t \in \mathbb{R}^{T}
L = \hat{\mathbb{E}}_t\left[\rho(a_t \mid s_t)\hat{A}_t\right]
% ~WARNING W0257
