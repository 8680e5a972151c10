% Adam, Kingma & Ba (2015), Algorithm 1: the bias-corrected moments, restated on one line with the
% two definitions set apart by \quad (as later papers and lecture notes print them).
m_t, v_t \in \mathbb{R}^{d}, \beta_1, \beta_2 \in \mathbb{R}, t \in \mathbb{N}

\hat{m}_t = \frac{m_t}{1 - \beta_1^t} \quad \hat{v}_t = \frac{v_t}{1 - \beta_2^t}
