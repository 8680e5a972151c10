% Goldberg (2017), Sec. 2.7.1 (categorical cross-entropy loss), from memory of the printing: \mathbf{y}_{[i]} is the
% i-th element of \mathbf{y} (the book's bracket indexing); shapes from the prose (k classes)
\hat{\mathbf{y}}, \mathbf{y} \in \mathbb{R}^{k}

L_{\text{cross-entropy}}(\hat{\mathbf{y}}, \mathbf{y}) = -\sum_i \mathbf{y}_{[i]} \log(\hat{\mathbf{y}}_{[i]})
