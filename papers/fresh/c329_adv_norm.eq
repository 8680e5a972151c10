% Advantage normalisation (as in the PPO baselines; Andrychowicz et al. 2021, "What matters", Sec. 3)
A \in \mathbb{R}^{N}, \epsilon \in \mathbb{R}

\mu_A = \frac{1}{N} \sum_{i=1}^{N} A_i
\sigma_A = \sqrt{\frac{1}{N} \sum_{i=1}^{N} (A_i - \mu_A)^2}
\hat{A}_i = \frac{A_i - \mu_A}{\sigma_A + \epsilon}
