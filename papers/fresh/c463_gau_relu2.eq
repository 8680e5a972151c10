% Transformer Quality in Linear Time (FLASH), Hua et al. (2022), Eq. 3 with Q(Z), K(Z) given: the gated
% attention unit's attention weights, squared ReLU; n the sequence length, s the shared width (prose)
\mathbf{Q}, \mathbf{K} \in \mathbb{R}^{n \times s}

\mathbf{A} = \frac{1}{n}\mathrm{relu}^2\left(\frac{\mathbf{Q}\mathbf{K}^\top}{\sqrt{s}}\right)
