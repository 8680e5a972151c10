% node2vec, Grover & Leskovec (2016), Eq. 2 and Z_u (Sec. 3.1): the objective maximised over f (the max_f
% dropped: the value); N_S(u) the sampled neighbourhood of u, given as a 0/1 matrix (prose)
f \in \mathbb{R}^{n \times d}, N_S \in \{0,1\}^{n \times n}

Z_u = \sum_{v \in V} \exp(f(u) \cdot f(v))
O = \sum_{u \in V} \left[ -\log Z_u + \sum_{n_i \in N_S(u)} f(n_i) \cdot f(u) \right]
