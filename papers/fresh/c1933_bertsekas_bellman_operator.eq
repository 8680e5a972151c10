% Bertsekas, Dynamic Programming and Optimal Control Vol. II (4th ed., 2012), Sec. 1.? (the discounted DP mapping T
% for n states, controls u), from memory of the printing: p_{ij}(u) the transition probabilities, g(i, u, j) the
% stage cost, alpha the discount; every control allowed at every state (my declarations: u one of m controls)
p \in \mathbb{R}^{n \times n \times m}, g \in \mathbb{R}^{n \times m \times n}, J \in \mathbb{R}^{n}, \alpha \in \mathbb{R}

(TJ)(i) = \min_{u \in U(i)} \sum_{j=1}^{n} p_{ij}(u) \big(g(i, u, j) + \alpha J(j)\big)
