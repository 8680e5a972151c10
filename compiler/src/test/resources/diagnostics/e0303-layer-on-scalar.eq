% A layer defined on a batch of rows, applied to a scalar.
X \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{d \times h}, \alpha \in \mathbb{R}
\mathrm{Layer}(X) = \mathrm{ReLU}(X W)
y = \mathrm{Layer}(\alpha)
% ~ERROR E0303
