% Ruder (2016), Adagrad vectorised: G_t is the d x d diagonal matrix of summed squared gradients; element-wise with
% g_t it would make a d x d matrix of parameters
\theta_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta, \epsilon \in \mathbb{R}

\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{G_{t} + \epsilon}} \odot g_{t}
% ~ERROR E0351
% ~WARNING W0423
% ~WARNING W0423
