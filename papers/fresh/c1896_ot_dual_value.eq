% Peyre & Cuturi, Computational Optimal Transport (2019), Prop. 4.4 (the dual of the entropic problem), the dual
% objective at given potentials f, g (without the max), from memory of the printing; K the Gibbs kernel
\mathbf{f}, \mathbf{a} \in \mathbb{R}^{n}, \mathbf{g}, \mathbf{b} \in \mathbb{R}^{m}, \mathbf{K} \in \mathbb{R}^{n \times m}, \varepsilon = 0.5

D(\mathbf{f}, \mathbf{g}) = \langle \mathbf{f}, \mathbf{a} \rangle + \langle \mathbf{g}, \mathbf{b} \rangle - \varepsilon \langle e^{\mathbf{f}/\varepsilon}, \mathbf{K} e^{\mathbf{g}/\varepsilon} \rangle
