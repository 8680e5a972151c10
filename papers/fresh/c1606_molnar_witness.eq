% Molnar, Interpretable Machine Learning, proto.qmd (MMD-critic's witness function) as printed, at one point x, with the
% n data points x^{(i)} and m prototypes z^{(j)} as rows (d features); the RBF kernel of the same chapter
\mathbf{x} \in \mathbb{R}^{d}, \mathbf{x}^{(i)} \in \mathbb{R}^{n \times d}, \mathbf{z}^{(j)} \in \mathbb{R}^{m \times d}, \gamma \in \mathbb{R}

k(\mathbf{a}, \mathbf{a}^\prime)=\exp\left(-\gamma||\mathbf{a}-\mathbf{a}^\prime||^2\right)
\mathrm{witness}(\mathbf{x})=\frac{1}{n}\sum_{i=1}^{n}k(\mathbf{x}, \mathbf{x}^{(i)})-\frac{1}{m}\sum_{j=1}^{m}k(\mathbf{x}, \mathbf{z}^{(j)})
