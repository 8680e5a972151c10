% Meng et al. (NeurIPS 2024), SimPO, Eq. 6 (one pair), pasted from the printing with the expectation dropped;
% log \pi_\theta(y|x) the summed token log-probabilities (prose)
\beta, \gamma \in \mathbb{R}

\mathcal{L}_{\mathrm{SimPO}} = -\log \sigma \left( \frac{\beta}{|y_w|} \log \pi_\theta(y_w|x) - \frac{\beta}{|y_l|} \log \pi_\theta(y_l|x) - \gamma \right)
