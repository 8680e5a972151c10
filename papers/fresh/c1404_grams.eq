% Grams, Cao et al. (2024), Algorithm 1: the update takes its direction from the current gradient and its
% magnitude from Adam's bias-corrected update (vectors of the model's size d, prose)
g_t, \hat{m}_t, \hat{v}_t, \theta_{t-1} \in \mathbb{R}^{d}, \eta_t, \epsilon \in \mathbb{R}

u_t = \hat{m}_t / (\sqrt{\hat{v}_t} + \epsilon)
\theta_t = \theta_{t-1} - \eta_t (\mathrm{sign}(g_t) \odot |u_t|)
