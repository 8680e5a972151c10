% PPO's probability ratio r_t(θ): the policy's probabilities of the actions taken are declared; θ is
% notation for what they depend on, not an input.
\pi_\theta, \pi_{\mathrm{old}} \in \mathbb{R}^{T}
r_t(\theta) = \frac{\pi_\theta(a_t \mid s_t)}{\pi_{\mathrm{old}}(a_t \mid s_t)}
% ~WARNING W0191
% ~WARNING W0190
% ~WARNING W0190
