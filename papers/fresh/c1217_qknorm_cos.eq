% Henry et al. 2020, "Query-Key Normalization": cosine attention with a learned scale g
q, k \in \mathbb{R}^{n \times d}, v \in \mathbb{R}^{n \times d_v}, g \in \mathbb{R}

a_{ij} = \frac{\exp(g \hat{q}_i^\top \hat{k}_j)}{\sum_{l} \exp(g \hat{q}_i^\top \hat{k}_l)}, \quad \hat{q}_i = \frac{q_i}{\|q_i\|}, \quad \hat{k}_j = \frac{k_j}{\|k_j\|}
o_i = \sum_j a_{ij} v_j
