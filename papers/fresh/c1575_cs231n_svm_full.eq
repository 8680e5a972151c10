% CS231n notes, Linear classification, the multiclass SVM loss in full as printed (from memory of the printing),
% after the bias trick f(x_i, W) = W x_i: N examples x_i (the rows of x) with labels y_i counted from 0, W the C x D
% weights, Delta the margin, lambda the regularization strength (prose)
x \in \mathbb{R}^{N \times D}, W \in \mathbb{R}^{C \times D}, y \in \{0, \dots, C-1\}^{N}, \Delta, \lambda \in \mathbb{R}

f(x_i, W) =  W x_i
L = \frac{1}{N} \sum_i \sum_{j\neq y_i} \left[ \max(0, f(x_i; W)_j - f(x_i; W)_{y_i} + \Delta) \right] + \lambda \sum_k\sum_l W_{k,l}^2
