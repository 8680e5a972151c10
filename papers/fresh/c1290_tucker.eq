% Balazevic et al. 2019, "TuckER", Eq. 2: the score of a triple by mode products of the core tensor with the subject, relation and object embeddings
\mathcal{W} \in \mathbb{R}^{d_e \times d_r \times d_e}, \mathbf{e}_s, \mathbf{e}_o \in \mathbb{R}^{d_e}, \mathbf{w}_r \in \mathbb{R}^{d_r}

\phi(e_s, r, e_o) = \mathcal{W} \times_1 \mathbf{e}_s \times_2 \mathbf{w}_r \times_3 \mathbf{e}_o
