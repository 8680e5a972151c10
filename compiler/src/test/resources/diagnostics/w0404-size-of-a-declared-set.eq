% Lifted structured loss (Song et al. 2016), Eq. 4 without the smooth bound: the mean over the positive pairs.
\mathcal{P} \in \{0,1\}^{m \times m}, D \in \mathbb{R}^{m \times m}
J = \frac{1}{2|\mathcal{P}|} \sum_{(i,j) \in \mathcal{P}} D_{i,j}^2
% ~WARNING W0404
