% scikit-learn user guide, 1.5.7 SGD mathematical formulation as printed: the linear scoring function and the
% hinge loss of each of the n training examples x_i in R^m (prose)
x \in \mathbb{R}^{n \times m}, y \in \mathbb{R}^{n}, w \in \mathbb{R}^{m}, b \in \mathbb{R}

f(x) = w^T x + b
L(y_i, f(x_i)) = \max(0, 1 - y_i f(x_i))
