% Transformer-XL writes its attention scores with rows of Q and K
Q, K \in \mathbb{R}^{n \times d}
s_{ij} = Q_i K_j^\top
% ~WARNING W0413
