% Principal Neighbourhood Aggregation (PNA), Corso et al. (2020), Eqs. 2-4: the mean and the standard
% deviation aggregators at node i over its neighbours N(i), X the n x f node features, N a 0/1 adjacency
% matrix, d_i the degree of node i (declarations added)
X \in \mathbb{R}^{n \times f}, \mathcal{N} \in \{0,1\}^{n \times n}, d \in \mathbb{R}^{n}, \epsilon = 10^{-5}

\mu_i(X) = \frac{1}{d_i}\sum_{j \in \mathcal{N}(i)} X_j
\sigma_i(X) = \sqrt{\mathrm{ReLU}\left(\mu_i(X^2) - \mu_i(X)^2\right) + \epsilon}
