% Deep learning using linear SVMs, Tang (2013), Eq. 6: the L2-SVM objective; data x_n in R^D with
% targets t_n in {-1, +1}, n = 1..N (prose)
x \in \mathbb{R}^{N \times D}, t \in \mathbb{R}^{N}, w \in \mathbb{R}^{D}, C \in \mathbb{R}

\ell(w) = \frac{1}{2} w^T w + C \sum_{n=1}^{N} \max(1 - w^T x_n t_n, 0)^2
