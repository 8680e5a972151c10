% Zhu & Ghahramani (2002), Sec. 2: the edge weights from the Euclidean distances of the n points x_i, with
% x_i^d the d-th of D components (prose), sigma a scalar
x \in \mathbb{R}^{n \times D}, \sigma \in \mathbb{R}

w_{ij} = \exp\left(-\frac{d_{ij}^2}{\sigma^2}\right) = \exp\left(-\frac{\sum_{d=1}^{D}(x_i^d - x_j^d)^2}{\sigma^2}\right)
