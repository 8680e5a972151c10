% Non-local neural networks, Wang et al. (2018), Eq. 1 with the embedded Gaussian (Eq. 3): the response at
% position i over all positions j; x has N positions of C channels, theta, phi, g linear embeddings (prose)
\mathbf{x} \in \mathbb{R}^{N \times C}, W_\theta, W_\phi, W_g \in \mathbb{R}^{C' \times C}

\theta(\mathbf{x}_i) = W_\theta \mathbf{x}_i
\phi(\mathbf{x}_j) = W_\phi \mathbf{x}_j
g(\mathbf{x}_j) = W_g \mathbf{x}_j
f(\mathbf{x}_i, \mathbf{x}_j) = e^{\theta(\mathbf{x}_i)^T \phi(\mathbf{x}_j)}
\mathcal{C}(\mathbf{x}) = \sum_{\forall j} f(\mathbf{x}_i, \mathbf{x}_j)
\mathbf{y}_i = \frac{1}{\mathcal{C}(\mathbf{x})} \sum_{\forall j} f(\mathbf{x}_i, \mathbf{x}_j) g(\mathbf{x}_j)
