% PyG docs, LEConv (Ranjan et al., ASAP, 2020): n nodes with d features (rows of x); Theta_1 acts on the right of
% the row x_i, Theta_2 and Theta_3 on the left of x_i, x_j; edge weights e_{j,i} and N(i) (j in N(i) iff
% N_{ij} = 1) as n x n matrices (declarations ours)
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathbf{\Theta}_1 \in \mathbb{R}^{d \times f}, \mathbf{\Theta}_2, \mathbf{\Theta}_3 \in \mathbb{R}^{f \times d}, e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}

\mathbf{x}^{\prime}_i = \mathbf{x}_i \cdot \mathbf{\Theta}_1 + \sum_{j \in \mathcal{N}(i)} e_{j,i} \cdot (\mathbf{\Theta}_2 \mathbf{x}_i - \mathbf{\Theta}_3 \mathbf{x}_j)
