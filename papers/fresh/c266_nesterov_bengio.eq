% Advances in optimizing recurrent networks, Bengio, Boulanger-Lewandowski & Pascanu (2013), Eqs. 6-7:
% Nesterov momentum rewritten on the look-ahead parameters (grad given as g_t)
\Theta_t, v_{t-1}, g_t \in \mathbb{R}^{d}, \mu_{t-1}, \mu_t, \epsilon_t \in \mathbb{R}

v_t = \mu_{t-1} v_{t-1} - \epsilon_{t-1} g_t
\Theta_{t+1} = \Theta_t + \mu_{t-1} \mu_t v_{t-1} - (1 + \mu_t) \epsilon_t g_t
