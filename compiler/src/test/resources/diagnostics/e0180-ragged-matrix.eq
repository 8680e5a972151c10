% A matrix whose rows have different numbers of cells.
a, b, c \in \mathbb{R}
M = \begin{pmatrix} a & b \\ c \end{pmatrix}
% ~ERROR E0180
