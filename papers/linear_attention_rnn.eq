% Transformers are RNNs, Katharopoulos et al. (2020), Eq. 6 (the associativity trick: the sums are
% taken out of the query) with the feature map of Eq. 7
Q, K \in \mathbb{R}^{N \times D}, V \in \mathbb{R}^{N \times M}

\phi(x) = \text{elu}(x) + 1
V'_i = \frac{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j) V_j^T}{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j)}
