% DLinear, Zeng et al. (2023), Sec. 4 as printed (from memory of the printing): the input X of L steps split into a
% trend X_t (moving average, given) and the remainder X_s, one linear layer each to the T future steps
X, X_t \in \mathbb{R}^{L}, W_s, W_t \in \mathbb{R}^{T \times L}

X_s = X - X_t
H_s = W_s X_s
H_t = W_t X_t
\hat{X} = H_s + H_t
