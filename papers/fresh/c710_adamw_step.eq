% Loshchilov & Hutter (2019), Algorithm 2, line 12: AdamW's decoupled weight decay step
\theta_{t-1}, \hat{m}_t, \hat{v}_t \in \mathbb{R}^{d}, \eta_t, \alpha, \epsilon, \lambda \in \mathbb{R}

\theta_t \leftarrow \theta_{t-1} - \eta_t\left(\alpha \hat{m}_t / (\sqrt{\hat{v}_t} + \epsilon) + \lambda\theta_{t-1}\right)
