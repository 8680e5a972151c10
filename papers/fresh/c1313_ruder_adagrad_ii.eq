% Ruder (2016), Sec. 4.3 (Adagrad), the per-parameter update as printed; G_t \in R^{d x d} the diagonal matrix of
% summed squared gradients, G_{t, ii} its diagonal (prose); g_{t, i} the gradient w.r.t. theta_i at step t
\theta_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta, \epsilon \in \mathbb{R}

\theta_{t+1, i} = \theta_{t, i} - \dfrac{\eta}{\sqrt{G_{t, ii} + \epsilon}} \cdot g_{t, i}
