% Center loss, Wen et al. (2016), Eq. 2 and the gradient of Eq. 3 w.r.t. the features; c_{y_i} the
% center of the class of x_i (a row of c), labels counted from 1
x \in \mathbb{R}^{m \times d}, c \in \mathbb{R}^{n \times d}, y \in \{1, \dots, n\}^{m}

\mathcal{L}_C = \frac{1}{2} \sum_{i=1}^{m} \|x_i - c_{y_i}\|_2^2
g = \nabla_x \mathcal{L}_C
