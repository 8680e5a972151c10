% Lilian Weng, "Contrastive Representation Learning" (2021), the N-pair loss (Sohn 2016) as printed there; the
% N-1 negatives' embeddings are the rows of f(x^-)
f(\mathbf{x}), f(\mathbf{x}^+) \in \mathbb{R}^{d}, f(\mathbf{x}^-) \in \mathbb{R}^{(N-1) \times d}

\mathcal{L} = \log\big(1 + \sum_{i=1}^{N-1} \exp(f(\mathbf{x})^\top f(\mathbf{x}^-_i) - f(\mathbf{x})^\top f(\mathbf{x}^+))\big)
