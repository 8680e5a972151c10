% Wanda, Sun et al. (2024), Eq. 1: the pruning score of each weight, W of shape (C_out, C_in), the input
% activations X of shape (N x L, C_in) (prose), X_j the j-th input feature over all N x L tokens
\mathbf{W} \in \mathbb{R}^{C_{out} \times C_{in}}, \mathbf{X} \in \mathbb{R}^{NL \times C_{in}}

\mathbf{S}_{ij} = |\mathbf{W}_{ij}| \cdot \|\mathbf{X}_j\|_2
