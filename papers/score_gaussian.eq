% Song & Ermon (2019), §2: "the score of a probability density p(x) is defined as \nabla_x \log p(x)";
% here p is an (unnormalized) Gaussian with precision matrix P (helper).
\mathbf{x} \in \mathbb{R}^{D}, P \in \mathbb{R}^{D \times D}

p(\mathbf{x}) = \exp\left(-\frac{1}{2}\mathbf{x}^\top P \mathbf{x}\right)
\mathbf{s}(\mathbf{x}) = \nabla_{\mathbf{x}} \log p(\mathbf{x})
