% AdEMAMix, Pagliardini et al. (2024), Algorithm 1, one step: a fast EMA m_1 (bias-corrected), a slow EMA m_2
% (not corrected) and the second moment nu; all of the parameter's shape d (prose)
\theta^{(t-1)}, m_1^{(t-1)}, m_2^{(t-1)}, \nu^{(t-1)}, g^{(t)} \in \mathbb{R}^{d}, \beta_1, \beta_2, \beta_3, \alpha, \eta, \epsilon, \lambda, t \in \mathbb{R}

m_1^{(t)} = \beta_1 m_1^{(t-1)} + (1 - \beta_1) g^{(t)}
m_2^{(t)} = \beta_3 m_2^{(t-1)} + (1 - \beta_3) g^{(t)}
\nu^{(t)} = \beta_2 \nu^{(t-1)} + (1 - \beta_2) {g^{(t)}}^2
\hat{m}_1^{(t)} = \frac{m_1^{(t)}}{1 - \beta_1^t}
\hat{\nu}^{(t)} = \frac{\nu^{(t)}}{1 - \beta_2^t}
\theta^{(t)} = \theta^{(t-1)} - \eta \left( \frac{\hat{m}_1^{(t)} + \alpha m_2^{(t)}}{\sqrt{\hat{\nu}^{(t)}} + \epsilon} + \lambda \theta^{(t-1)} \right)
