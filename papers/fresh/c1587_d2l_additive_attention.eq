% Dive into Deep Learning, 11.3.2.2 Additive attention, Eq. (11.3.7) as printed (from memory of the printing):
% "given a query q in R^q and a key k in R^k ... W_q in R^{h x q}, W_k in R^{h x k}, and w_v in R^h" (prose)
\mathbf q \in \mathbb{R}^{q}, \mathbf k \in \mathbb{R}^{k}, \mathbf W_q \in \mathbb{R}^{h\times q}, \mathbf W_k \in \mathbb{R}^{h\times k}, \mathbf w_v \in \mathbb{R}^{h}

a(\mathbf q, \mathbf k) = \mathbf w_v^\top \textrm{tanh}(\mathbf W_q\mathbf q + \mathbf W_k \mathbf k) \in \mathbb{R}
