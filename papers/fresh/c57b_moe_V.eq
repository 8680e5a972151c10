% Mixture-of-experts layer, Shazeer et al. (2017), Eq. 1 and Eq. 2 (without noise and top-k):
% y = \sum_{i=1}^{n} G(x)_i E_i(x), G(x) = Softmax(x \cdot V); experts E_i(x) = W_i x
x \in \mathbb{R}^{d}, V \in \mathbb{R}^{d \times n}, W_i \in \mathbb{R}^{m \times d}, i = 1, \ldots, n

G = \mathrm{softmax}(x^\top V)
y = \sum_{i=1}^{n} G_i W_i x
