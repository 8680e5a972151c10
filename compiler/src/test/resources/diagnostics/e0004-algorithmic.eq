% Adam (Kingma & Ba, 2015) pasted together with its algorithmic environment.
g_t, m_{t-1} \in \mathbb{R}^{d}, \beta_1 \in \mathbb{R}
\begin{algorithmic}
% ~ERROR E0004
m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
\end{algorithmic}
