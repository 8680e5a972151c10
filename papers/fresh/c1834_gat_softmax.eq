% GAT, Velickovic et al. (2018), Eq. 2, pasted from the printing: the attention coefficients normalised over the
% neighbourhood N_i (alpha_ij is defined for j in N_i only; the reference is 0 elsewhere); e the n x n raw scores
% and N a 0/1 adjacency matrix (declarations added)
e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}

\alpha_{ij} = \mathrm{softmax}_j(e_{ij}) = \frac{\exp(e_{ij})}{\sum_{k \in \mathcal{N}_i} \exp(e_{ik})}
