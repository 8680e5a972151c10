% Sun et al. 2023, "Retentive Network", recurrent form: K_n^\top V_n of two rows is a d x d_v matrix
K \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times d_v}
S_n = K_n^\top V_n
% ~WARNING W0381
