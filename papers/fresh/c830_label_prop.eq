% Learning with local and global consistency (Zhou et al. 2004): D the diagonal degree matrix of the affinities W
W \in \mathbb{R}^{n \times n}, Y \in \mathbb{R}^{n \times c}, F \in \mathbb{R}^{n \times c}, \alpha \in \mathbb{R}

D_{ii} = \sum_j W_{ij}
S = D^{-1/2} W D^{-1/2}
F' = \alpha S F + (1 - \alpha) Y
