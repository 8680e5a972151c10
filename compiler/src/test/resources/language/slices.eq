% row and column slices by an index in scope (Goodfellow et al. write X_{:,i}, also X_{*i})
W \in \mathbb{R}^{m \times n}, v \in \mathbb{R}^{n}, u \in \mathbb{R}^{m}
r_i = W_{i,:} v
s_i = W_{i,\cdot} v
c_j = W_{:,j}^\top u
d_j = u^\top W_{*j}
n_i = \|W_{i,:}\|
