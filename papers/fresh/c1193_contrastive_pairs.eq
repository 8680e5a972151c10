% Contrastive loss over sets of pairs (Hadsell et al. 2006), as Musgrave et al. (2020, "A metric learning reality
% check") write it with positive and negative pair sets; D the pairwise distances, the sets as 0/1 matrices (prose)
D \in \mathbb{R}^{m \times m}, \mathcal{P}, \mathcal{N} \in \{0,1\}^{m \times m}, m_n \in \mathbb{R}

L = \frac{1}{|\mathcal{P}|} \sum_{(i,j) \in \mathcal{P}} D_{ij}^2 + \frac{1}{|\mathcal{N}|} \sum_{(i,j) \in \mathcal{N}} \max(0, m_n - D_{ij})^2
