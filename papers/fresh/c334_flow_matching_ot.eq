% Flow matching, Lipman et al. (2023), Eq. 22-23: the OT conditional path and its target vector field
x_0, x_1 \in \mathbb{R}^{d}, \sigma_{\min}, t \in \mathbb{R}

\psi_t(x_0) = (1 - (1 - \sigma_{\min}) t) x_0 + t x_1
u_t = x_1 - (1 - \sigma_{\min}) x_0
