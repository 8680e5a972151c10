% Dynamic routing between capsules, Sabour et al. (2017), Eq. 2: prediction vectors u_hat_{j|i} = W_ij u_i
% and the total input s_j = sum_i c_ij u_hat_{j|i}; W_ij a d x e matrix per pair (i, j), c the coupling
% coefficients (prose)
\mathbf{W} \in \mathbb{R}^{n \times m \times d \times e}, \mathbf{u} \in \mathbb{R}^{n \times e}, c \in \mathbb{R}^{n \times m}

\mathbf{s}_j = \sum_i c_{ij} \hat{\mathbf{u}}_{j|i}, \quad \hat{\mathbf{u}}_{j|i} = \mathbf{W}_{ij} \mathbf{u}_i
