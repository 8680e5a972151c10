% Soft-margin linear SVM primal (Cortes & Vapnik 1995; Shalev-Shwartz et al. 2011 Pegasos Eq. 1),
% labels y_i \in \{-1, +1\}, and its (sub)gradient in w
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w \in \mathbb{R}^{d}, \lambda \in \mathbb{R}

f = \frac{\lambda}{2}\|w\|^2 + \frac{1}{n}\sum_{i=1}^{n} \mathrm{ReLU}(1 - y_i w^\top x_i)
g = \nabla_w f
