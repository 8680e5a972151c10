% Shao et al. (2024), DeepSeekMath (GRPO), Eq. 4 (unbiased KL estimator), pasted from the printing; per-token
% probabilities as vectors over the o tokens (prose)
\pi_{ref}, \pi_\theta \in \mathbb{R}^{o}

\mathbb{D}_{KL} = \frac{\pi_{ref}}{\pi_\theta} - \log \frac{\pi_{ref}}{\pi_\theta} - 1
