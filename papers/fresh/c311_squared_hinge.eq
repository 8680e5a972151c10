% L2-loss linear SVM primal, Lee & Lin / LIBLINEAR paper (Fan et al. 2008), Eq. 2
w \in \mathbb{R}^{n}, x \in \mathbb{R}^{l \times n}, y \in \mathbb{R}^{l}, C \in \mathbb{R}

f(w) = \frac{1}{2} w^T w + C \sum_{i=1}^{l} \max(0, 1 - y_i w^T x_i)^2
