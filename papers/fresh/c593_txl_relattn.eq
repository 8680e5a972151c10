% Transformer-XL, Dai et al. (2019), Sec. 3.3: the relative attention score of query i and key j, with the
% query and key vectors (E_{x_i}, E_{x_j}) given as rows and the relative encodings R_{i-j} rows of R
E \in \mathbb{R}^{L \times d}, R \in \mathbb{R}^{L \times d}, W_q, W_{k,E}, W_{k,R} \in \mathbb{R}^{d \times d}, u, v \in \mathbb{R}^{d}

A^{\mathrm{rel}}_{i,j} = E_{i}^\top W_q^\top W_{k,E} E_{j} + E_{i}^\top W_q^\top W_{k,R} R_{i-j} + u^\top W_{k,E} E_{j} + v^\top W_{k,R} R_{i-j}
