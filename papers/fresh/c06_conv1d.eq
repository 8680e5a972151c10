% 1-D convolution (cross-correlation) with a kernel of size K, "valid" padding (Goodfellow et al.
% 2016, Eq. 9.6 in one dimension): S(i) = \sum_m I(i+m) K(m)
x \in \mathbb{R}^{n}, w \in \mathbb{R}^{k}

y_i = \sum_{m=0}^{k-1} x_{i+m} w_m \quad \text{for } i = 0, \dots, n-k
