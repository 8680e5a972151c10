% A mean over the hidden units written as 1/h times a vector of size d: h is a size of W, an
% input this definition does not use.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}
a = W x
\mu = \frac{1}{h} x
% ~ERROR E0110
