% Hong et al. (EMNLP 2024), ORPO, Eqs. 4-7, pasted from the printing; P_\theta(y_w|x), P_\theta(y_l|x) as scalars
P_w, P_l \in \mathbb{R}

\mathbf{odds}_\theta(y|x) = \frac{P_\theta(y|x)}{1 - P_\theta(y|x)}
\mathcal{L}_{OR} = -\log \sigma \left( \log \frac{\mathbf{odds}_\theta(y_w|x)}{\mathbf{odds}_\theta(y_l|x)} \right)
