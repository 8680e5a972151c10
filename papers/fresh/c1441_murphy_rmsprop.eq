% Murphy, Probabilistic Machine Learning: An Introduction (2022), Sec. 8.4.3.2 (RMSprop), per coordinate d as
% printed; s_t the running average of squared gradients, g_t the gradient, D parameters (prose)
s_t, g_t, \boldsymbol{\theta}_t \in \mathbb{R}^{D}, \beta, \eta_t, \epsilon \in \mathbb{R}

s_{t+1,d} = \beta s_{t,d} + (1-\beta) g_{t,d}^2
\theta_{t+1,d} = \theta_{t,d} - \eta_t \frac{1}{\sqrt{s_{t+1,d} + \epsilon}} g_{t,d}
