% Quasi-hyperbolic momentum and Adam (QHAdam), Ma & Yarats (2019), Algorithm / Eq. 7
\theta_t, g_t, \hat{m}_{t+1}, \hat{v}_{t+1} \in \mathbb{R}^{d}, \alpha, \nu_1, \nu_2, \epsilon \in \mathbb{R}

\theta_{t+1} \leftarrow \theta_t - \alpha \left[ \frac{(1 - \nu_1) \cdot g_{t} + \nu_1 \cdot \hat{m}_{t+1}}{\sqrt{(1 - \nu_2) g_{t}^2 + \nu_2 \cdot \hat{v}_{t+1}} + \epsilon} \right]
