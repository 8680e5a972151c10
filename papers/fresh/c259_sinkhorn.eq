% Computational optimal transport, Peyre & Cuturi (2019), Eq. 4.7 (the Gibbs kernel) and the Sinkhorn
% updates Eq. 4.15 (one iteration)
\mathbf{C} \in \mathbb{R}^{n \times m}, \mathbf{a} \in \mathbb{R}^{n}, \mathbf{b}, \mathbf{v}^{(\ell)} \in \mathbb{R}^{m}, \varepsilon \in \mathbb{R}

\mathbf{K}_{i,j} \stackrel{\text{def.}}{=} e^{-\frac{\mathbf{C}_{i,j}}{\varepsilon}}
\mathbf{u}^{(\ell+1)} \stackrel{\text{def.}}{=} \frac{\mathbf{a}}{\mathbf{K}\mathbf{v}^{(\ell)}}
\mathbf{v}^{(\ell+1)} \stackrel{\text{def.}}{=} \frac{\mathbf{b}}{\mathbf{K}^\top \mathbf{u}^{(\ell+1)}}
