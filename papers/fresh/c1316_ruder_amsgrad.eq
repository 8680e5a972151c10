% Ruder (2016), Sec. 4.10 (AMSGrad), as printed (\text{max}); the moments m_t, v_t of this step and the running
% maximum of step t-1 given
m_t, v_t, \hat{v}_{t-1}, \theta_t \in \mathbb{R}^{d}, \eta, \epsilon \in \mathbb{R}

\hat{v}_t = \text{max}(\hat{v}_{t-1}, v_t)
\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{\hat{v}_t} + \epsilon} m_{t}
