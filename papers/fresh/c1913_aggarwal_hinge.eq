% Aggarwal (2018), Sec. 2.2.4 (support vector machines as a neural network), the hinge loss of one pair, from memory
% of the printing: curly braces around max's arguments
\overline{W}, \overline{X_i} \in \mathbb{R}^{d}, y_i \in \mathbb{R}

L_i = \max\{0, 1 - y_i(\overline{W} \cdot \overline{X_i})\}
