% Lin et al. 2025, "Forgetting Transformer", Eqs. 5-6: forget gates f_l given; D_{ij} = \sum_{l=j+1}^{i} \log f_l
q, k \in \mathbb{R}^{L \times d}, v \in \mathbb{R}^{L \times d_v}, f \in \mathbb{R}^{L}

D_{ij} = \sum_{l=j+1}^{i} \log f_l
o_i = \frac{\sum_{j=1}^{i} \exp(q_i^\top k_j + D_{ij}) v_j}{\sum_{j=1}^{i} \exp(q_i^\top k_j + D_{ij})}
