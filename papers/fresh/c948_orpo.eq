% ORPO (Hong et al., 2024), Eqs. 4, 5 and 7, over a batch of B preference pairs; the policy's probabilities of
% the chosen and the rejected response are given per pair (prose)
P_\theta(y_w|x), P_\theta(y_l|x) \in \mathbb{R}^{B}

\textbf{odds}_\theta(y|x) = \frac{P_\theta(y|x)}{1 - P_\theta(y|x)}
\mathcal{L}_{OR} = -\log \sigma \left( \log \frac{\textbf{odds}_\theta(y_w|x)}{\textbf{odds}_\theta(y_l|x)} \right)
