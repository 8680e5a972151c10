% Hardt & Recht (2022), Ch. 4 / 5 (empirical risk with the hinge loss), from memory of the printing: loss(y-hat, y) =
% max{1 - y y-hat, 0}, R_S the empirical risk over the n samples, linear predictor <w, x_i>
w \in \mathbb{R}^{d}, x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}

\mathit{loss}(\hat{y}, y) = \max\{1 - y\hat{y}, 0\}
R_S[w] = \frac{1}{n} \sum_{i=1}^{n} \mathit{loss}(\langle w, x_i \rangle, y_i)
