% Adagrad as printed in Ruder (2016), §4.3, per parameter i: G_t is diagonal, its entry i,i the sum
% of the squares of the gradients w.r.t. \theta_i up to step t.
\theta_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta \in \mathbb{R}, \epsilon = 10^{-8}

\theta_{t+1, i} = \theta_{t, i} - \dfrac{\eta}{\sqrt{G_{t, ii} + \epsilon}} \cdot g_{t, i}
