% The AdEMAMix Optimizer: Better, Faster, Older, Pagliardini, Ablin & Grangier (ICLR 2025), Algorithm 1 (from
% memory, one step without schedulers): a fast EMA m_1, a slow EMA m_2 (not bias-corrected) and the second moment nu;
% all vectors of the parameter's size (declared from the prose)
\theta^{(t-1)}, \boldsymbol{g}^{(t)}, \boldsymbol{m}_1^{(t-1)}, \boldsymbol{m}_2^{(t-1)}, \boldsymbol{\nu}^{(t-1)} \in \mathbb{R}^{d}, \beta_1, \beta_2, \beta_3, \alpha, \eta, \lambda, \epsilon \in \mathbb{R}, t \in \mathbb{N}

\boldsymbol{m}_1^{(t)} = \beta_1 \boldsymbol{m}_1^{(t-1)} + (1 - \beta_1) \boldsymbol{g}^{(t)}
\boldsymbol{m}_2^{(t)} = \beta_3 \boldsymbol{m}_2^{(t-1)} + (1 - \beta_3) \boldsymbol{g}^{(t)}
\boldsymbol{\nu}^{(t)} = \beta_2 \boldsymbol{\nu}^{(t-1)} + (1 - \beta_2) \boldsymbol{g}^{(t)2}
\hat{\boldsymbol{m}}_1^{(t)} = \frac{\boldsymbol{m}_1^{(t)}}{1 - \beta_1^t}, \quad \hat{\boldsymbol{\nu}}^{(t)} = \frac{\boldsymbol{\nu}^{(t)}}{1 - \beta_2^t}
\theta^{(t)} = \theta^{(t-1)} - \eta\left(\frac{\hat{\boldsymbol{m}}_1^{(t)} + \alpha \boldsymbol{m}_2^{(t)}}{\sqrt{\hat{\boldsymbol{\nu}}^{(t)}} + \epsilon} + \lambda \theta^{(t-1)}\right)
