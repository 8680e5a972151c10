% Peyre & Cuturi's entropic optimal transport objective at a coupling P with cost C
\mathbf{P}, \mathbf{C} \in \mathbb{R}^{n \times m}, \varepsilon \in \mathbb{R}

E = \langle \mathbf{P}, \mathbf{C} \rangle - \varepsilon \sum_{i,j} \mathbf{P}_{i,j} (\log \mathbf{P}_{i,j} - 1)
% ~WARNING W0474
