% x's script moves by n - 1 between the terms, y's by n - 2: no one counter gives every term
x, y \in \mathbb{R}^{n}

s = x_1 y_2 + \cdots + x_n y_n
% ~ERROR E0387
% ~WARNING W0140
% ~WARNING W0140
% ~ERROR E0103
% ~WARNING W0140
% ~WARNING W0140
