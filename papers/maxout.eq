% Maxout networks, Goodfellow et al. (2013), Eq. 1, with z_{ij} = x^T W_{\cdots ij} + b_{ij} (m units of
% k pieces each)
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times m \times k}, b \in \mathbb{R}^{m \times k}

h_i(x) = \max_{j \in [1, k]} z_{ij}
z_{ij} = x^T W_{\cdots ij} + b_{ij}
