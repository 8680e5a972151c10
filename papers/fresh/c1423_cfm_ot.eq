% Flow Matching, Lipman et al. (2023), Eqs. 20-23: the optimal-transport conditional path \psi_t, its vector
% field u_t, and the conditional flow matching loss at one sample; the network's output v_t(\psi_t(x_0)) given
% (vectors of size d, prose)
x, x_0, x_1, v_t(\psi_t(x_0)) \in \mathbb{R}^{d}, t, \sigma_{\min} \in \mathbb{R}

\psi_t(x) = (1 - (1 - \sigma_{\min})t)x + t x_1
u_t(x|x_1) = \frac{x_1 - (1 - \sigma_{\min})x}{1 - (1 - \sigma_{\min})t}
\mathcal{L}_{\mathrm{CFM}}(\theta) = \| v_t(\psi_t(x_0)) - (x_1 - (1 - \sigma_{\min}) x_0) \|^2
