% Golovneva et al. 2024, "Contextual Position Encoding" (CoPE), Eqs. 3-4: gates g_{ij} = \sigma(q_i^\top k_j) and positions p_{ij} = \sum_{t=j}^{i} g_{it}
q, k \in \mathbb{R}^{T \times d}

g_{ij} = \sigma(q_i^\top k_j)
p_{ij} = \sum_{t=j}^{i} g_{it}
