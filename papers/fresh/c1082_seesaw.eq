% Seesaw loss for long-tailed instance segmentation, Wang et al. (2021), Eq. 3: the mitigation factor
% between classes i and j from the accumulated sample counts N of C classes (prose)
N \in \mathbb{R}^{C}, p \in \mathbb{R}

\mathcal{M}_{ij} = \begin{cases} 1, & \text{if } N_i \le N_j \\ \left(\frac{N_j}{N_i}\right)^p, & \text{if } N_i > N_j \end{cases}
