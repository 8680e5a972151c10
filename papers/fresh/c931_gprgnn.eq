% Chien et al. (2021), Adaptive Universal Generalized PageRank Graph Neural Network (GPR-GNN), Eq. 2:
% Z = \sum_{k=0}^{K} \gamma_k H^{(k)} with H^{(k)} = \tilde{A}_{sym} H^{(k-1)}, written in closed form
\tilde{\mathbf{A}}_{\mathrm{sym}} \in \mathbb{R}^{n \times n}, \mathbf{H}^{(0)} \in \mathbb{R}^{n \times c}, \gamma \in \mathbb{R}^{K+1}

\mathbf{Z} = \sum_{k=0}^{K} \gamma_k \tilde{\mathbf{A}}_{\mathrm{sym}}^k \mathbf{H}^{(0)}
