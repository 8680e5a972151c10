% Transformers are RNNs, Katharopoulos et al. (2020), Eq. 6 with the feature map of Eq. 7; Q, K in R^{N x D},
% V in R^{N x M} (prose, Sec. 3.2)
Q, K \in \mathbb{R}^{N \times D}, V \in \mathbb{R}^{N \times M}

\phi\left(x\right) = \mathrm{elu}(x) + 1
V'_i = \frac{\phi\left(Q_i\right)^T \sum_{j=1}^{N} \phi\left(K_j\right) V_j^T}{\phi\left(Q_i\right)^T \sum_{j=1}^{N} \phi\left(K_j\right)}
