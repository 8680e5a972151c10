% TRPO, Schulman et al. (2015), as restated in PPO (2017) Eq. 6: the surrogate objective over T steps;
% the new and old policies' probabilities of the actions taken are given
\pi_\theta(a_t \mid s_t), \pi_{\theta_{\text{old}}}(a_t \mid s_t), \hat{A}_t \in \mathbb{R}^{T}

L^{CPI}(\theta) = \hat{\mathbb{E}}_t\left[\frac{\pi_\theta(a_t \mid s_t)}{\pi_{\theta_{\text{old}}}(a_t \mid s_t)}\hat{A}_t\right]
