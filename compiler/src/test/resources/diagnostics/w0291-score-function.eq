% Song & Ermon (2019), Section 2: the score of a density, written as a function of its argument.
\mathbf{x} \in \mathbb{R}^{D}
p(\mathbf{x}) = \exp\left(-\frac{1}{2}\mathbf{x}^\top \mathbf{x}\right)
\mathbf{s}(\mathbf{x}) = \nabla_{\mathbf{x}} \log p(\mathbf{x})
% ~WARNING W0291
