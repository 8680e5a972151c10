% A 1-D convolution as deep-learning texts print it (Goodfellow, Bengio & Courville, Deep Learning,
% Eq. 9.4 in one dimension; cross-correlation, as conv layers compute it): output i of an input of n
% samples with a kernel of k weights; only the positions where the kernel fits are computed.
x \in \mathbb{R}^{n}, w \in \mathbb{R}^{k}

y_i = \sum_{m=0}^{k-1} w_m x_{i+m}
