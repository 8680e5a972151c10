% Adam: one step of Algorithm 1 (Kingma & Ba, 2015)
\theta_{t-1}, g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{d}
\alpha, \beta_1, \beta_2 \in \mathbb{R}
t \in \mathbb{N}
\epsilon = 10^{-8}

% Update biased first moment estimate
m_t \leftarrow \beta_1 \cdot m_{t-1} + (1 - \beta_1) \cdot g_t
% Update biased second raw moment estimate
v_t \leftarrow \beta_2 \cdot v_{t-1} + (1 - \beta_2) \cdot g_t^2
% Compute bias-corrected first moment estimate
\hat{m}_t \leftarrow m_t / (1 - \beta_1^t)
% Compute bias-corrected second raw moment estimate
\hat{v}_t \leftarrow v_t / (1 - \beta_2^t)
% Update parameters
\theta_t \leftarrow \theta_{t-1} - \alpha \cdot \hat{m}_t / (\sqrt{\hat{v}_t} + \epsilon)
