% Padam, Chen & Gu (2018/2020), Algorithm 1 line 7: the partially adaptive step with exponent p in (0, 1/2];
% m_t and \hat v_t of the parameter's shape d
\theta_t, m_t, \hat{\mathbf{v}}_t \in \mathbb{R}^{d}, \alpha_t, p \in \mathbb{R}

\theta_{t+1} = \theta_t - \alpha_t \cdot m_t / \hat{\mathbf{v}}_t^p
