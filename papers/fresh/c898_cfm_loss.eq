% Flow Matching for Generative Modeling, Lipman et al. (2023), Eqs. 20-23: the OT conditional path, its vector
% field, and the CFM loss for one draw (t, x_0, x_1); the network v_t is a linear stand-in (helper)
x_0, x_1 \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times d}, \sigma_{\min}, t \in \mathbb{R}

v_t(x) = W x
\psi_t(x) = (1 - (1 - \sigma_{\min})t)x + t x_1
u_t(x|x_1) = \frac{x_1 - (1 - \sigma_{\min})x}{1 - (1 - \sigma_{\min})t}
\mathcal{L}_{\text{CFM}}(\theta) = \mathbb{E}_{t, q(x_1), p(x_0)} \left\| v_t(\psi_t(x_0)) - \left(x_1 - (1 - \sigma_{\min})x_0\right) \right\|^2
