% R-DPO, Park et al. (2024), "Disentangling Length from Quality in Direct Preference Optimization", Eq. 9 (the
% length-regularised DPO loss), from memory of the printing; the four sequence probabilities and the lengths |y_w|,
% |y_l| given per pair over a batch of B (prose)
\pi_\theta(y_w \mid x), \pi_{\text{ref}}(y_w \mid x), \pi_\theta(y_l \mid x), \pi_{\text{ref}}(y_l \mid x), |y_w|, |y_l| \in \mathbb{R}^{B}, \beta, \alpha \in \mathbb{R}

\mathcal{L}_{\text{R-DPO}}(\pi_\theta; \pi_{\text{ref}}) = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}} \left[ \log \sigma \left( \beta \log \frac{\pi_\theta(y_w \mid x)}{\pi_{\text{ref}}(y_w \mid x)} - \beta \log \frac{\pi_\theta(y_l \mid x)}{\pi_{\text{ref}}(y_l \mid x)} - \left( \alpha |y_w| - \alpha |y_l| \right) \right) \right]
