% E0376: GRPO's per-output objective with the KL term given whole, one value per output: inside the sum over i every
% term would add the whole [G] vector (DeepSeek-R1, Eq. 1)
r, d \in \mathbb{R}^{G}, \beta \in \mathbb{R}

J = \frac{1}{G} \sum_{i=1}^{G} (r_i - \beta d)
% ~ERROR E0376
