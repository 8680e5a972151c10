% Sitzmann et al. (NeurIPS 2020), "Implicit Neural Representations with Periodic Activation Functions", Eq. 2 and
% Sec. 3.2 (the first layer is sin(omega_0 W x + b)); written from memory; shapes from the prose (W: m x n)
\mathbf{W} \in \mathbb{R}^{m \times n}, \mathbf{x} \in \mathbb{R}^{n}, \mathbf{b} \in \mathbb{R}^{m}

\phi(\mathbf{x}) = \sin(\omega_0 \mathbf{W} \mathbf{x} + \mathbf{b})
