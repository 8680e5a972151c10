% Aggarwal (2018), Sec. 2.2.3 (logistic regression as a neural network), loss L_i for one training pair, from memory
% of the printing: overlined vectors, the dot product, y_i in {-1, +1}
\overline{W}, \overline{X_i} \in \mathbb{R}^{d}, y_i \in \mathbb{R}

L_i = \log(1 + \exp(-y_i (\overline{W} \cdot \overline{X_i})))
