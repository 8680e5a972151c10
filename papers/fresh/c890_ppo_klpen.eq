% PPO, Schulman et al. (2017), Eq. 8: the KL-penalised objective over T timesteps; the probabilities of the taken
% actions are given per step, and the two policies' distributions over the n_a actions as T x n_a matrices (prose)
\pi_\theta(a_t \mid s_t), \pi_{\theta_{\text{old}}}(a_t \mid s_t), \hat{A}_t \in \mathbb{R}^{T}, \pi_\theta(\cdot \mid s_t), \pi_{\theta_{\text{old}}}(\cdot \mid s_t) \in \mathbb{R}^{T \times n_a}, \beta \in \mathbb{R}

L^{KLPEN}(\theta) = \hat{\mathbb{E}}_t\left[\frac{\pi_\theta(a_t \mid s_t)}{\pi_{\theta_{\text{old}}}(a_t \mid s_t)}\hat{A}_t - \beta \, \mathrm{KL}[\pi_{\theta_{\text{old}}}(\cdot \mid s_t), \pi_\theta(\cdot \mid s_t)]\right]
