% DPO, Rafailov et al. (2023), Eq. 7, over a batch of B preference pairs; the four sequence
% probabilities are given per pair (prose)
\pi_\theta(y_w \mid x), \pi_{\text{ref}}(y_w \mid x), \pi_\theta(y_l \mid x), \pi_{\text{ref}}(y_l \mid x) \in \mathbb{R}^{B}, \beta \in \mathbb{R}

\mathcal{L}_\text{DPO}(\pi_\theta; \pi_\text{ref}) = -\mathbb{E}_{(x, y_w, y_l)\sim \mathcal{D}}\left[\log \sigma \left(\beta \log \frac{\pi_\theta(y_w\mid x)}{\pi_\text{ref}(y_w\mid x)} - \beta \log \frac{\pi_\theta(y_l\mid x)}{\pi_\text{ref}(y_l\mid x)}\right)\right]
