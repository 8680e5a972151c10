% Modeling relational data with graph convolutional networks (R-GCN), Schlichtkrull et al. (2018),
% Eq. 2 with c_{i,r} = |N_i^r| (Sec. 2.1) and sigma the ReLU (Sec. 4); N_i^r given by one adjacency
% matrix per relation (added: A and the set-builder line)
h^{(l)} \in \mathbb{R}^{n \times d}, A \in \mathbb{R}^{R \times n \times n}, W^{(l)} \in \mathbb{R}^{R \times d \times f}, W_0^{(l)} \in \mathbb{R}^{d \times f}

\sigma(x) = \max(0, x)
\mathcal{N}_i^r = \{j \mid A_{rij} \neq 0\}
h_i^{(l+1)} = \sigma\left(\sum_{r \in \mathcal{R}} \sum_{j \in \mathcal{N}_i^r} \frac{1}{c_{i,r}} W_r^{(l)} h_j^{(l)} + W_0^{(l)} h_i^{(l)}\right)
