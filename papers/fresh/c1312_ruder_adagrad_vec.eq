% Ruder (2016), Sec. 4.3 (Adagrad), the vectorised update as printed: "G_t \in R^{d x d} here is a diagonal
% matrix where each diagonal element i, i is the sum of the squares of the gradients w.r.t. theta_i up to
% time step t" (prose), g_t the gradient, \odot the matrix-vector product (prose)
\theta_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta, \epsilon \in \mathbb{R}

\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{G_{t} + \epsilon}} \odot g_{t}
