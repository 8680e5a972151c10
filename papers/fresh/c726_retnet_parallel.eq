% Retentive network, Sun et al. (2023), Eq. 5 (the parallel representation of retention) without the rotation
% \Theta (real-valued); X the N x d input, \gamma the decay
X \in \mathbb{R}^{N \times d}, W_Q, W_K, W_V \in \mathbb{R}^{d \times d}, \gamma \in \mathbb{R}

Q = XW_Q, \quad K = XW_K, \quad V = XW_V
D_{nm} = \begin{cases} \gamma^{n-m}, & n \ge m \\ 0, & n < m \end{cases}
\mathrm{Retention}(X) = (QK^\intercal \odot D)V
