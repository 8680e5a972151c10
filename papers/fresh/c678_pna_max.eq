% Principal Neighbourhood Aggregation (PNA), Corso et al. (2020), Section 3: the max and min aggregators
% over the neighbours of node i; X the n x f node features, N a 0/1 adjacency matrix (declarations added)
X \in \mathbb{R}^{n \times f}, \mathcal{N} \in \{0,1\}^{n \times n}

\max_i(X) = \max_{j \in \mathcal{N}(i)} X_j
\min_i(X) = \min_{j \in \mathcal{N}(i)} X_j
