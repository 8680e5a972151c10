% Adam's first moment run over a sequence of T gradients (Kingma & Ba 2015, Alg. 1), started from a given
% m_0 rather than zero (a resumed run); g the T gradients of size d
g \in \mathbb{R}^{T \times d}, m_0 \in \mathbb{R}^{d}, \beta_1 \in \mathbb{R}

m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t
