% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 13.11 (REINFORCE with baseline), as printed; the policy's
% value and gradient at the action taken, and the baseline, given
\boldsymbol{\theta}_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}, b(S_t) \in \mathbb{R}, \pi(A_t|S_t, \boldsymbol{\theta}_t) \in \mathbb{R}, \nabla \pi(A_t|S_t, \boldsymbol{\theta}_t) \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\boldsymbol{\theta}_{t+1} \doteq \boldsymbol{\theta}_t + \alpha \big( G_t - b(S_t) \big) \frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta}_t)}{\pi(A_t|S_t, \boldsymbol{\theta}_t)}
