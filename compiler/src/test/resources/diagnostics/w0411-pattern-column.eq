% RoFormer writes the rotated pairs of its rotary embedding as a pattern column
x \in \mathbb{R}^{d}
y = \begin{pmatrix} -x_2 \\ x_1 \\ -x_4 \\ x_3 \\ \vdots \\ -x_d \\ x_{d-1} \end{pmatrix}
% ~WARNING W0411
