% PPO, Schulman et al. (2017), Eq. 6 as printed with the ratio r_t(theta) of the sentence before it; the new and old
% policies' probabilities of the T sampled actions and the advantage estimates given (prose); \hat{E}_t the mean
\pi_\theta(a_t \mid s_t), \pi_{\theta_{\text{old}}}(a_t \mid s_t), \hat{A}_t \in \mathbb{R}^{T}

r_t(\theta) = \frac{\pi_\theta(a_t \mid s_t)}{\pi_{\theta_{\text{old}}}(a_t \mid s_t)}
L^{CPI}(\theta) = \hat{\mathbb{E}}_t\left[\frac{\pi_\theta(a_t \mid s_t)}{\pi_{\theta_{\text{old}}}(a_t \mid s_t)}\hat{A}_t\right] = \hat{\mathbb{E}}_t\left[r_t(\theta)\hat{A}_t\right]
