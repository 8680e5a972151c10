% Adam bias correction applied to the whole history of first moments m_1..m_T (Kingma & Ba 2015, Alg. 1):
% \hat{m}_t = m_t / (1 - \beta_1^t)
m \in \mathbb{R}^{T}, \beta_1 \in \mathbb{R}

\hat{m}_t = m_t / (1 - \beta_1^t)
