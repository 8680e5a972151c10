% Simplified State Space Layers for Sequence Modeling (S5), Smith, Warrington & Linderman (ICLR 2023), Sec. 2.2,
% Eq. 6 (from memory): zero-order-hold discretisation with a diagonal state matrix Lambda (taken real here), input
% matrix B and timescale Delta; shapes from the prose (Lambda is P x P diagonal, B is P x H)
\mathbf{\Lambda} \in \mathbb{R}^{P \times P}, \mathbf{B} \in \mathbb{R}^{P \times H}, \Delta \in \mathbb{R}

\overline{\mathbf{\Lambda}} = e^{\mathbf{\Lambda}\Delta}
\overline{\mathbf{B}} = \mathbf{\Lambda}^{-1}(\overline{\mathbf{\Lambda}} - \mathbf{I})\mathbf{B}
