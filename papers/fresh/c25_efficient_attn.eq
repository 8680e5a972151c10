% Efficient attention, Shen et al. (2021), Eq. 3: E(Q, K, V) = \rho_q(Q)(\rho_k(K)^T V) with
% \rho_q softmax along each row of Q and \rho_k softmax along each column of K (over the n positions)
Q, K \in \mathbb{R}^{n \times d_k}, V \in \mathbb{R}^{n \times d_v}

E = \underset{d_k}{\mathrm{softmax}}(Q) \left( \underset{n}{\mathrm{softmax}}(K)^\top V \right)
