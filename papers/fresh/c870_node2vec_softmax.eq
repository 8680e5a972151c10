% node2vec, Grover & Leskovec (2016), Sec. 3.1 (feature-space symmetry): the softmax over the nodes of the
% dot product of their features; f the |V| x d matrix of node features (prose), V the n nodes
f \in \mathbb{R}^{n \times d}

\Pr(n_i | f(u)) = \frac{\exp(f(n_i) \cdot f(u))}{\sum_{v \in V} \exp(f(v) \cdot f(u))}
