% Gradients of the MoE layer (Shazeer et al. 2017, Eq. 1) summed, w.r.t. the gate and the expert family
x \in \mathbb{R}^{d}, V \in \mathbb{R}^{d \times n}, W_i \in \mathbb{R}^{m \times d}, i = 1, \ldots, n

G = \mathrm{softmax}(x^\top V)
y = \sum_{i=1}^{n} G_i W_i x
L = \sum_k y_k^2
g_V = \nabla_V L
g_W = \nabla_{W} L
