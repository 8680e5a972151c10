% S4's discretised state update with the simplified B: exp of the declared square state matrix, then a product
A \in \mathbb{R}^{N \times N}, B, h \in \mathbb{R}^{N}, \Delta, x \in \mathbb{R}
\bar{A} = \exp(\Delta A)
\bar{B} = \Delta B
h' = \bar{A} h + \bar{B} x
% ~ERROR E0349
