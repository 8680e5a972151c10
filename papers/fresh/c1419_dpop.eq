% DPO-Positive, Pal et al. (2024, Smaug), Eq. 3: DPO with a penalty when the policy's likelihood of the preferred
% completion falls below the reference's; the likelihoods of a batch of B pairs given, the loss their mean (prose)
\pi_\theta(y_w|x), \pi_\theta(y_l|x), \pi_{\text{ref}}(y_w|x), \pi_{\text{ref}}(y_l|x) \in \mathbb{R}^{B}, \beta, \lambda \in \mathbb{R}

\mathcal{L}_{\mathrm{DPOP}} = -\mathbb{E}_{(x, y_w, y_l) \sim D}\left[\log \sigma\left(\beta\left(\log\frac{\pi_\theta(y_w|x)}{\pi_{\text{ref}}(y_w|x)} - \log\frac{\pi_\theta(y_l|x)}{\pi_{\text{ref}}(y_l|x)} - \lambda \cdot \max\left(0, \log\frac{\pi_{\text{ref}}(y_w|x)}{\pi_\theta(y_w|x)}\right)\right)\right)\right]
