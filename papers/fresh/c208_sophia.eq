% Sophia, Liu et al. (2023), Sec. 2.2 (clip) and Algorithm 3, line 12 (the update, h_t given)
\theta_t, m_t, h_t \in \mathbb{R}^{d}, \eta_t, \gamma, \epsilon \in \mathbb{R}

\mathrm{clip}(z, \rho) = \max\{\min\{z, \rho\}, -\rho\}
\theta_{t+1} = \theta_t - \eta_t \cdot \mathrm{clip}(m_t / \max\{\gamma \cdot h_t, \epsilon\}, 1)
