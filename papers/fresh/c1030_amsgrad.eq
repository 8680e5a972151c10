% AMSGrad, Reddi, Kale & Kumar (2018), "On the convergence of Adam and beyond", Algorithm 2, one step with
% g_t given; the projection onto F is the identity for F = R^d and is left out
x_t, g_t, m_{t-1}, v_{t-1}, \hat{v}_{t-1} \in \mathbb{R}^{d}, \alpha_t, \beta_{1t}, \beta_2 \in \mathbb{R}

m_t = \beta_{1t} m_{t-1} + (1 - \beta_{1t}) g_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
\hat{v}_t = \max(\hat{v}_{t-1}, v_t)
x_{t+1} = x_t - \alpha_t m_t / \sqrt{\hat{v}_t}
