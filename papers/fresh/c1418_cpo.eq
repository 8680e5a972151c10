% Contrastive Preference Optimization, Xu et al. (2024), Eqs. 3-5: the preference term without a reference model
% plus the NLL of the preferred response, as means over a batch of B triples from D (prose); the policy's
% likelihoods of y_w and y_l given
\pi_\theta(y_w|x), \pi_\theta(y_l|x) \in \mathbb{R}^{B}, \beta \in \mathbb{R}

\mathcal{L}_{\mathrm{prefer}} = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}}\Big[\log \sigma\Big(\beta \log \pi_\theta(y_w|x) - \beta \log \pi_\theta(y_l|x)\Big)\Big]
\mathcal{L}_{\mathrm{NLL}} = -\mathbb{E}_{(x, y_w) \sim \mathcal{D}}[\log \pi_\theta(y_w|x)]
\mathcal{L}_{\mathrm{CPO}} = \mathcal{L}_{\mathrm{prefer}} + \mathcal{L}_{\mathrm{NLL}}
