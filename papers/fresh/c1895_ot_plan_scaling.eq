% Peyre & Cuturi, Computational Optimal Transport (2019), Eq. 4.7 (Gibbs kernel) and Prop. 4.3 (the plan from the
% scalings u, v), with the transport cost <P, C> of Eq. 2.11; from memory of the printing
\mathbf{C} \in \mathbb{R}^{n \times m}, \mathbf{u} \in \mathbb{R}^{n}, \mathbf{v} \in \mathbb{R}^{m}, \varepsilon = 0.3

\mathbf{K}_{i,j} = e^{-\frac{\mathbf{C}_{i,j}}{\varepsilon}}
\mathbf{P} = \operatorname{diag}(\mathbf{u}) \mathbf{K} \operatorname{diag}(\mathbf{v})
L = \langle \mathbf{P}, \mathbf{C} \rangle
