% Adam's moment updates (Kingma & Ba, 2015, Alg. 1) with the gradient declared with another
% size than the moments: both updates add [d] and [p].
m_{t-1}, v_{t-1} \in \mathbb{R}^{d}, g_t \in \mathbb{R}^{p}, \beta_1, \beta_2 \in \mathbb{R}
m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
% ~ERROR E0302
v_t \leftarrow \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
% ~ERROR E0302
