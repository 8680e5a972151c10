% RAdam, Liu et al. (2020), "On the variance of the adaptive learning rate and beyond", Algorithm 2
% (one step with m_t, v_t given; the rectified branch \rho_t > 4)
\theta_{t-1}, m_t, v_t \in \mathbb{R}^{d}, \alpha_t, \beta_1, \beta_2 \in \mathbb{R}, t \in \mathbb{N}

\rho_\infty \leftarrow 2/(1-\beta_2) - 1
\widehat{m_t} \leftarrow m_t/(1-\beta_1^t)
\rho_t \leftarrow \rho_\infty - 2t\beta_2^t/(1-\beta_2^t)
l_t \leftarrow \sqrt{(1-\beta_2^t)/v_t}
r_t \leftarrow \sqrt{\frac{(\rho_t-4)(\rho_t-2)\rho_\infty}{(\rho_\infty-4)(\rho_\infty-2)\rho_t}}
\theta_t \leftarrow \theta_{t-1} - \alpha_t r_t \widehat{m_t} l_t
