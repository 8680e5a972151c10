% SimPO, Meng, Xia & Chen (NeurIPS 2024), Eq. 6 (from memory) over a batch of N preference pairs, with the
% sequence log-likelihood written out as the sum of token log-probabilities (Eq. 4's \log \pi_\theta(y|x)); the
% per-token log-probabilities given as N x T tables padded to T tokens, lengths |y_w|, |y_l| per pair as the undeclared y_w, y_l (W0101)
\log \pi_\theta(y_{w,t} | x, y_{w,<t}), \log \pi_\theta(y_{l,t} | x, y_{l,<t}) \in \mathbb{R}^{N \times T}, \beta, \gamma \in \mathbb{R}

\log \pi_\theta(y_w | x) = \sum_{t=1}^{|y_w|} \log \pi_\theta(y_{w,t} | x, y_{w,<t})
\log \pi_\theta(y_l | x) = \sum_{t=1}^{|y_l|} \log \pi_\theta(y_{l,t} | x, y_{l,<t})
\mathcal{L}_{\text{SimPO}}(\pi_\theta) = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}} \left[ \log \sigma \left( \frac{\beta}{|y_w|} \log \pi_\theta(y_w | x) - \frac{\beta}{|y_l|} \log \pi_\theta(y_l | x) - \gamma \right) \right]
