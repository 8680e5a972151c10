% DropEdge, Rong et al. (2020), Sec. 4.1: the adjacency after dropping the edges in A' (given as a matrix of the
% dropped edges) and its re-normalisation as in GCN, \tilde{D} the degree matrix of A_drop + I; N nodes
\mathbf{A}, \mathbf{A}' \in \mathbb{R}^{N \times N}

\mathbf{A}_{\text{drop}} = \mathbf{A} - \mathbf{A}'
\tilde{\mathbf{D}}_{ii} = \sum_j (\mathbf{A}_{\text{drop}} + \mathbf{I})_{ij}
\hat{\mathbf{A}}_{\text{drop}} = \tilde{\mathbf{D}}^{-1/2} (\mathbf{A}_{\text{drop}} + \mathbf{I}) \tilde{\mathbf{D}}^{-1/2}
