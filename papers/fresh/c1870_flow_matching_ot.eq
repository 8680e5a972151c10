% Lipman et al. (ICLR 2023), Flow Matching, Eqs. 20-23 (OT conditional path), pasted from the printing
x, x_1 \in \mathbb{R}^{d}, t, \sigma_{\min} \in \mathbb{R}

\psi_t(x) = (1 - (1 - \sigma_{\min}) t) x + t x_1
u_t(x|x_1) = \frac{x_1 - (1 - \sigma_{\min}) x}{1 - (1 - \sigma_{\min}) t}
