% CS231n's linear classifier, f(x_i, W, b) = W x_i + b, with the examples declared as the rows of x and nothing calling f
x \in \mathbb{R}^{N \times D}, W \in \mathbb{R}^{C \times D}, b \in \mathbb{R}^{C}
f(x_i, W, b) = W x_i + b
% ~WARNING W0103
% ~WARNING W0387
