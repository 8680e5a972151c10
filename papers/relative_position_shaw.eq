% Self-attention with relative position representations, Shaw, Uszkoreit & Vaswani (2018), Eq. 2-4
% (one head): a^K_{ij}, a^V_{ij} are the learned edge representations between positions i and j.
x \in \mathbb{R}^{n \times d_x}, W^Q, W^K, W^V \in \mathbb{R}^{d_x \times d_z}, a^K, a^V \in \mathbb{R}^{n \times n \times d_z}

e_{ij} = \frac{x_i W^Q (x_j W^K + a^K_{ij})^T}{\sqrt{d_z}}
\alpha_{ij} = \frac{\exp e_{ij}}{\sum_{k=1}^{n} \exp e_{ik}}
z_i = \sum_{j=1}^{n} \alpha_{ij} (x_j W^V + a^V_{ij})
