% PiSSA: Principal Singular Values and Singular Vectors Adaptation, Meng, Wang & Zhang (NeurIPS 2024), Eqs. 2-3
% (from memory): the adapter initialised from the top-r singular triplets of W = U S V^T (U, S, V given, shapes from
% the prose: W is m x n, U is m x min(m,n), S diagonal, V is n x min(m,n)); r the rank
U \in \mathbb{R}^{m \times k}, S \in \mathbb{R}^{k \times k}, V \in \mathbb{R}^{n \times k}, r \in \mathbb{N}

A = U_{[:,:r]}\, S^{1/2}_{[:r,:r]} \in \mathbb{R}^{m \times r}
B = S^{1/2}_{[:r,:r]}\, V_{[:,:r]}^\top \in \mathbb{R}^{r \times n}
