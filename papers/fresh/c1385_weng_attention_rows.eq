% Lilian Weng, "The Transformer Family Version 2.0" (2023), the attention weights as printed there: the query and key
% rows q_i, k_j of the N x d_k matrices q, k (row vectors, as the survey's Q K^T says)
\mathbf{q}, \mathbf{k} \in \mathbb{R}^{N \times d_k}

a_{ij} = \text{softmax}(\frac{\mathbf{q}_i {\mathbf{k}_j}^\top}{\sqrt{d_k}})
