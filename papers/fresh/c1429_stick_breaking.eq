% Scaling Stick-Breaking Attention, Tan et al. (2024), Eqs. 1-3: each query j breaks a stick from the nearest
% key backwards; L tokens, rows q_j, k_i, v_i \in R^d (prose)
\mathbf{q}, \mathbf{k}, \mathbf{v} \in \mathbb{R}^{L \times d}

z_{i,j} = \frac{\mathbf{q}_j^\top \mathbf{k}_i}{\sqrt{d}}
\beta_{i,j} = \sigma(z_{i,j})
A_{i,j} = \beta_{i,j} \prod_{i < k < j} (1 - \beta_{k,j})
\mathbf{o}_j = \sum_{i=1}^{j-1} A_{i,j} \mathbf{v}_i
