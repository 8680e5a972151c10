% RoFormer writes a vector as a pattern with \vdots: its cells are implied, not written.
x \in \mathbb{R}^{d}
y = \begin{pmatrix} x_1 \\ \vdots \\ x_d \end{pmatrix}
% ~ERROR E0181
