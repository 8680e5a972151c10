% Pointer networks, Vinyals, Fortunato & Jaitly (2015), Eq. 3: e_j the n encoder states and d_i the decoder state
% of output step i (rows, prose); v, W_1, W_2 learnable
e \in \mathbb{R}^{n \times k}, d \in \mathbb{R}^{m \times k}, W_1, W_2 \in \mathbb{R}^{k \times k}, v \in \mathbb{R}^{k}

u^i_j = v^T \tanh(W_1 e_j + W_2 d_i) \quad j \in (1, \ldots, n)
p(C_i | C_1, \ldots, C_{i-1}, \mathcal{P}) = \mathrm{softmax}(u^i)
