% Transformers are RNNs, Katharopoulos et al. (2020), Eq. 5 (kernelized attention, row i) with the
% feature map of Eq. 7; Q_i, K_j, V_j are rows.
Q, K \in \mathbb{R}^{N \times D}, V \in \mathbb{R}^{N \times M}

\phi(x) = \text{elu}(x) + 1
V'_i = \frac{\sum_{j=1}^{N} \phi(Q_i)^T \phi(K_j) V_j}{\sum_{j=1}^{N} \phi(Q_i)^T \phi(K_j)}
