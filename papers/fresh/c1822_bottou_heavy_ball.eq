% Bottou, Curtis & Nocedal, Optimization Methods for Large-Scale Machine Learning (2018), Eq. 7.? (heavy ball),
% from memory of the printing; F the logistic empirical risk of the paper's Sec. 2 examples (my spelling of F),
% x_i the rows of x (n x d), labels y_i in {-1, +1}
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w_k, w_{k-1} \in \mathbb{R}^{d}, \alpha_k, \beta_k \in \mathbb{R}

F(w) = \frac{1}{n} \sum_{i=1}^{n} \log(1 + e^{-y_i w^T x_i})
w_{k+1} \leftarrow w_k - \alpha_k \nabla F(w_k) + \beta_k (w_k - w_{k-1})
