% Molnar, Interpretable Machine Learning, proto.qmd (MMD-critic) as printed: the RBF kernel and the squared MMD
% between m prototypes z_i and n data points x_j (rows of Z and X; d features, from the prose)
\mathbf{z} \in \mathbb{R}^{m \times d}, \mathbf{x} \in \mathbb{R}^{n \times d}, \gamma \in \mathbb{R}

k(\mathbf{x}, \mathbf{x}^\prime)=\exp\left(-\gamma||\mathbf{x}-\mathbf{x}^\prime||^2\right)
\text{MMD}^2 = \frac{1}{m^2} \sum_{i,j=1}^m k(\mathbf{z}_i, \mathbf{z}_j) - \frac{2}{mn} \sum_{i=1}^m \sum_{j=1}^n k(\mathbf{z}_i, \mathbf{x}_j) + \frac{1}{n^2} \sum_{i,j=1}^n k(\mathbf{x}_i, \mathbf{x}_j)
