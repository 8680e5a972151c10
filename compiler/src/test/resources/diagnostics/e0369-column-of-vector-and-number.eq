% an input with its bias entry, written as a column
x \in \mathbb{R}^{d}

\tilde{x} = \begin{bmatrix} x \\ 1 \end{bmatrix}
% ~ERROR E0369
