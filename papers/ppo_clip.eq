% Proximal policy optimization, Schulman et al. (2017), Eq. 6-7: the probability ratio and the clipped
% surrogate objective. \pi_\theta and \pi_{\theta_{\text{old}}} hold the probabilities of the actions
% taken at the T timesteps (added declaration); \hat{\mathbb{E}}_t is the empirical mean over t.
\pi_\theta, \pi_{\theta_{\text{old}}}, \hat{A} \in \mathbb{R}^{T}, \epsilon = 0.2

r_t(\theta) = \frac{\pi_\theta(a_t \mid s_t)}{\pi_{\theta_{\text{old}}}(a_t \mid s_t)}
L^{CLIP}(\theta) = \hat{\mathbb{E}}_t\left[\min(r_t(\theta)\hat{A}_t, \operatorname{clip}(r_t(\theta), 1 - \epsilon, 1 + \epsilon)\hat{A}_t)\right]
