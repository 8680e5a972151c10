% Weight normalization, Salimans & Kingma (2016), Eq. 1 (a neuron: w . x is the dot product of two
% k-vectors, y a scalar) and Eq. 2 (the reparameterization); \phi is the rectifier (helper).
\mathbf{v}, \mathbf{x} \in \mathbb{R}^{k}, g, b \in \mathbb{R}

\phi(z) = \max(z, 0)
y = \phi(\mathbf{w} \cdot \mathbf{x} + b)
\mathbf{w} = \frac{g}{\|\mathbf{v}\|}\mathbf{v}
