% Gradient of a scalar readout of scaled dot-product attention (Vaswani et al. 2017, Eq. 1) w.r.t. Q, K
Q, K \in \mathbb{R}^{n \times d_k}, V \in \mathbb{R}^{n \times d_v}, C \in \mathbb{R}^{n \times d_v}

A = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V
L = \sum_i \sum_j C_{ij} A_{ij}
g_Q = \nabla_Q L
g_K = \frac{\partial L}{\partial K}
