% Masked Autoregressive Flow, Papamakarios et al. (2017), Sec. 3.1, pasted from the printing; mu_i, alpha_i given
% per dimension (outputs of the MADE network, prose)
\mathbf{u}, \mathbf{x}, \mu, \alpha \in \mathbb{R}^{D}

x_i = u_i \exp \alpha_i + \mu_i
u_i = (x_i - \mu_i) \exp(-\alpha_i)
