% Adam, Kingma & Ba (2015), Sec. 2, last paragraph: the efficient form of the update with the bias
% corrections folded into the step size
\theta_{t-1}, m_t, v_t \in \mathbb{R}^{d}, \alpha, \beta_1, \beta_2, \hat{\epsilon} \in \mathbb{R}, t \in \mathbb{N}

\alpha_t = \alpha \cdot \sqrt{1 - \beta_2^t}/(1 - \beta_1^t)
\theta_t \leftarrow \theta_{t-1} - \alpha_t \cdot m_t/(\sqrt{v_t} + \hat{\epsilon})
