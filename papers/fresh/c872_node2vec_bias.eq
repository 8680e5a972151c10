% node2vec, Grover & Leskovec (2016), Sec. 3.2.2: the search bias of the 2nd-order walk that just traversed
% (t, v) and now considers x; d_{tx} the shortest-path distance between t and x, one of 0, 1, 2 (prose)
d \in \mathbb{R}^{n \times n}, p, q \in \mathbb{R}

\alpha_{pq}(t, x) = \begin{cases} \frac{1}{p} & \text{if } d_{tx} = 0 \\ 1 & \text{if } d_{tx} = 1 \\ \frac{1}{q} & \text{if } d_{tx} = 2 \end{cases}
