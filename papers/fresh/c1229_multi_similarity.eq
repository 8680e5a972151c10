% Multi-similarity loss, Wang et al. (2019), Eq. 12: over a batch of m samples with similarity matrix S, the mined
% positive and negative pair sets P_i and N_i of anchor i (given as 0/1 rows)
S \in \mathbb{R}^{m \times m}, \mathcal{P}, \mathcal{N} \in \{0,1\}^{m \times m}, \alpha, \beta, \lambda \in \mathbb{R}

\mathcal{L}_{MS} = \frac{1}{m} \sum_{i=1}^{m} \left\{ \frac{1}{\alpha} \log\left[1 + \sum_{k \in \mathcal{P}_i} e^{-\alpha (S_{ik} - \lambda)}\right] + \frac{1}{\beta} \log\left[1 + \sum_{k \in \mathcal{N}_i} e^{\beta (S_{ik} - \lambda)}\right] \right\}
