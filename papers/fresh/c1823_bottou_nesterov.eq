% Bottou, Curtis & Nocedal (2018), Sec. 7.? (accelerated gradient, the two-step form), from memory of the printing;
% F as in c1822 (my spelling), x_i the rows of x, y_i in {-1, +1}
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w_k, w_{k-1} \in \mathbb{R}^{d}, \alpha_k, \beta_k \in \mathbb{R}

F(w) = \frac{1}{n} \sum_{i=1}^{n} \log(1 + e^{-y_i w^T x_i})
\tilde{w}_k \leftarrow w_k + \beta_k (w_k - w_{k-1})
w_{k+1} \leftarrow \tilde{w}_k - \alpha_k \nabla F(\tilde{w}_k)
