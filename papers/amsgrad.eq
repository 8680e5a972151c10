% AMSGrad, Reddi, Kale & Kumar (2018), Algorithm 2: the moments, the running maximum and its
% diagonal matrix (line "\hat{v}_t = max(\hat{v}_{t-1}, v_t) and \hat{V}_t = diag(\hat{v}_t)")
g_t, m_{t-1}, v_{t-1}, \hat{v}_{t-1} \in \mathbb{R}^{d}, \beta_{1t}, \beta_2 \in \mathbb{R}

m_t = \beta_{1t} m_{t-1} + (1 - \beta_{1t}) g_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
\hat{v}_t = \max(\hat{v}_{t-1}, v_t) \text{ and } \hat{V}_t = \mathrm{diag}(\hat{v}_t)
