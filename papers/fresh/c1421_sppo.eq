% Self-Play Preference Optimization, Wu et al. (2024), Eq. 3.6: the square loss towards the estimated win rate
% against the current policy \pi_t, as a mean over B responses y sampled from \pi_t (prose)
\pi_\theta(y|x), \pi_t(y|x), \widehat{\mathbb{P}}(y \succ \pi_t|x) \in \mathbb{R}^{B}, \eta \in \mathbb{R}

\mathcal{L} = \mathbb{E}_{y \sim \pi_t(\cdot|x)}\left(\log\left(\frac{\pi_\theta(y|x)}{\pi_t(y|x)}\right) - \eta\left(\widehat{\mathbb{P}}(y \succ \pi_t|x) - \frac{1}{2}\right)\right)^2
