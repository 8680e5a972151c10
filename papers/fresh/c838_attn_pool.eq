% Attention pooling with a Gaussian kernel (Dive into Deep Learning, 11.2): a softmax over the keys x_i
x \in \mathbb{R}, x_i, y_i \in \mathbb{R}^{n}

f(x) = \sum_{i=1}^n \mathrm{softmax}\left(-\frac{1}{2}(x - x_i)^2\right) y_i
