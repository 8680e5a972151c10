% Deep RL with double Q-learning, van Hasselt et al. (2016), Eq. 4 as printed, for one transition; the action
% values of S_{t+1} under the online weights theta_t and the target weights theta'_t, A actions (prose)
Q(S_{t+1}, a; \boldsymbol{\theta}_t), Q(S_{t+1}, a; \boldsymbol{\theta}'_t) \in \mathbb{R}^{A}, R_{t+1}, \gamma \in \mathbb{R}

Y_t^{\text{DoubleQ}} \equiv R_{t+1} + \gamma Q(S_{t+1}, \operatorname*{argmax}_a Q(S_{t+1}, a; \boldsymbol{\theta}_t); \boldsymbol{\theta}'_t)
