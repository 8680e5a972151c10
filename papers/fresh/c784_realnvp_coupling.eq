% Density estimation using Real NVP, Dinh et al. (2017), Eq. 4-6: the affine coupling layer and the
% log of its Jacobian determinant; s and t are one linear layer each (tanh for s), stand-ins (helpers)
x \in \mathbb{R}^{D}, W_s, W_t \in \mathbb{R}^{(D-d) \times d}

s(h) = \tanh(W_s h)
t(h) = W_t h
y_{d+1:D} = x_{d+1:D} \odot \exp\left(s(x_{1:d})\right) + t(x_{1:d})
\log\left|\det \frac{\partial y}{\partial x^T}\right| = \sum_j s(x_{1:d})_j
