% SimPO (Meng et al., 2024), Eq. 6, over a batch of B preference pairs: the policy's log-probabilities enter through
% pi_theta(y|x), the responses y_w, y_l only through their lengths |y_w|, |y_l| (given as the vectors y_w, y_l of
% lengths, prose)
\pi_\theta(y_w|x), \pi_\theta(y_l|x), y_w, y_l \in \mathbb{R}^{B}, \beta = 2, \gamma = 0.5

\mathcal{L}_{\text{SimPO}}(\pi_\theta) = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}} \left[ \log \sigma \left( \frac{\beta}{|y_w|} \log \pi_\theta(y_w|x) - \frac{\beta}{|y_l|} \log \pi_\theta(y_l|x) - \gamma \right) \right]
