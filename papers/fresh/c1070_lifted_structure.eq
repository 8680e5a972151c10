% Deep metric learning via lifted structured feature embedding, Song et al. (2016), Eq. 4: the smooth
% upper bound per positive pair and the loss over the positive set; D the m x m pairwise distances,
% the positive set P and the negative set N given as 0/1 matrices over pairs (prose)
D \in \mathbb{R}^{m \times m}, \mathcal{P}, \mathcal{N} \in \{0,1\}^{m \times m}, \alpha \in \mathbb{R}

\tilde{J}_{i,j} = \log \left( \sum_{(i,k) \in \mathcal{N}} \exp\{\alpha - D_{i,k}\} + \sum_{(j,l) \in \mathcal{N}} \exp\{\alpha - D_{j,l}\} \right) + D_{i,j}
\tilde{J} = \frac{1}{2|\mathcal{P}|} \sum_{(i,j) \in \mathcal{P}} \max\left(0, \tilde{J}_{i,j}\right)^2
