% Ruder (2016), Sec. 4.9 (Nadam), the final update as printed; \hat{m}_t, \hat{v}_t the bias-corrected moments,
% g_t the gradient, t the step number
\hat{m}_t, \hat{v}_t, g_t, \theta_t \in \mathbb{R}^{d}, \beta_1, \eta, \epsilon, t \in \mathbb{R}

\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{\hat{v}_t} + \epsilon} (\beta_1 \hat{m}_t + \dfrac{(1 - \beta_1) g_t}{1 - \beta^t_1})
