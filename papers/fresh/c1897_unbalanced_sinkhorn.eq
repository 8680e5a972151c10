% Peyre & Cuturi, Computational Optimal Transport (2019), Sec. 10.2 (Sinkhorn for unbalanced transport with KL
% marginal penalties of weight rho), from memory of the printing: the scalings raised to rho/(rho+eps) entry-wise
\mathbf{a} \in \mathbb{R}^{n}, \mathbf{b}, \mathbf{v} \in \mathbb{R}^{m}, \mathbf{K} \in \mathbb{R}^{n \times m}, \rho = 1, \varepsilon = 0.5

\mathbf{u} \leftarrow \left(\frac{\mathbf{a}}{\mathbf{K}\mathbf{v}}\right)^{\frac{\rho}{\rho+\varepsilon}}
\mathbf{v} \leftarrow \left(\frac{\mathbf{b}}{\mathbf{K}^\top\mathbf{u}}\right)^{\frac{\rho}{\rho+\varepsilon}}
