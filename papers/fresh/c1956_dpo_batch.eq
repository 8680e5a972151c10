% DPO, Rafailov et al. (NeurIPS 2023), Eq. 7 with the expectation over a batch of B pairs, the sequence
% probabilities declared as batch vectors (the W0190 note's advice), from memory of the printing
\pi_\theta(y_w \mid x), \pi_\theta(y_l \mid x), \pi_{ref}(y_w \mid x), \pi_{ref}(y_l \mid x) \in \mathbb{R}^{B}, \beta \in \mathbb{R}

\mathcal{L}_\text{DPO} = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}}\left[ \log \sigma\left( \beta \log \frac{\pi_\theta(y_w \mid x)}{\pi_{ref}(y_w \mid x)} - \beta \log \frac{\pi_\theta(y_l \mid x)}{\pi_{ref}(y_l \mid x)} \right) \right]
