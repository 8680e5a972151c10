% Prince, Understanding Deep Learning, Eq. 18.7 (the diffusion kernel) as printed (from memory of the printing): the
% latent at step t from the data x and noise epsilon, alpha_t = prod_{s=1}^t (1 - beta_s) (Eq. 18.8), t given
\mathbf{x}, \boldsymbol\epsilon \in \mathbb{R}^{D}, \beta \in \mathbb{R}^{T}, t \in \mathbb{Z}

\alpha_t = \prod_{s=1}^{t} 1 - \beta_s
\mathbf{z}_t = \sqrt{\alpha_t} \cdot \mathbf{x} + \sqrt{1 - \alpha_t} \cdot \boldsymbol\epsilon
