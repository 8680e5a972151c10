% Adam's bias correction (Kingma & Ba, 2015, Alg. 1) with the exponent t left out.
m_t \in \mathbb{R}^{d}, \beta_1 \in \mathbb{R}, t \in \mathbb{N}
\hat{m}_t \leftarrow m_t / (1 - \beta_1^)
% ~ERROR E0001
