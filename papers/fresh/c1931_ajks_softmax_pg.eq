% Agarwal et al. (2022 draft), Lemma 11.? (the policy gradient of the softmax class), from memory of the printing:
% d^{pi_theta}_mu the discounted state visitation, A^{pi_theta} the advantage; the left side is the name of the result
d^{\pi_\theta}_\mu \in \mathbb{R}^{S}, \pi_\theta, A^{\pi_\theta} \in \mathbb{R}^{S \times A}, \gamma \in \mathbb{R}

\frac{\partial V^{\pi_\theta}(\mu)}{\partial \theta_{s,a}} = \frac{1}{1 - \gamma} d^{\pi_\theta}_\mu(s) \pi_\theta(a|s) A^{\pi_\theta}(s, a)
