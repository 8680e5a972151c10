% Katharopoulos et al. 2020, "Transformers are RNNs", Eq. 6 with the feature map of Eq. 7.
Q, K \in \mathbb{R}^{N \times D}, V \in \mathbb{R}^{N \times M}

\phi(x) = \mathrm{elu}(x) + 1
V'_i = \frac{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j) V_j^T}{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j)}
