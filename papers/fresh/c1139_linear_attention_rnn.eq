% Katharopoulos et al. 2020, "Transformers are RNNs", Eq. 18-20: causal linear attention as an RNN with
% s_0 = 0, z_0 = 0 and the feature map \phi(x) = \mathrm{elu}(x) + 1 (Eq. 7); Q, K, V the N rows of the sequence
Q, K \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times d_v}

\phi(x) = \mathrm{elu}(x) + 1
s_i = s_{i-1} + \phi(K_i) V_i^\top
z_i = z_{i-1} + \phi(K_i)
y_i = \frac{\phi(Q_i)^\top s_i}{\phi(Q_i)^\top z_i}
