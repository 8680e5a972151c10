% Forgetting Transformer, Lin et al. (ICLR 2025), Eqs. 5-6: the causal attention weighted by the product of the
% forget gates between key j and query i, from memory of the printing (F_ij = 0 for j > i)
\mathbf{q}, \mathbf{k} \in \mathbb{R}^{L \times d}, \mathbf{v} \in \mathbb{R}^{L \times d_v}, f \in \mathbb{R}^{L}

F_{ij} = \prod_{l=j+1}^{i} f_l
\mathbf{o}_i = \frac{\sum_{j=1}^{i} F_{ij} \exp(\mathbf{q}_i^\top \mathbf{k}_j) \mathbf{v}_j}{\sum_{j=1}^{i} F_{ij} \exp(\mathbf{q}_i^\top \mathbf{k}_j)}
