% Generative modeling by estimating gradients of the data distribution, Song & Ermon (2019), Eq. 5:
% denoising score matching at noise level \sigma, here for one data point x and one perturbed sample
% \tilde{x} (each expectation over a single sample); the score network is a linear stand-in (helper).
\mathbf{x}, \tilde{\mathbf{x}} \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}, \sigma \in \mathbb{R}

\mathbf{s}_{\boldsymbol{\theta}}(\mathbf{x}, \sigma) = W\mathbf{x} / \sigma
\ell(\boldsymbol{\theta}; \sigma) \triangleq \frac{1}{2}\mathbb{E}_{p_{\mathrm{data}}(\mathbf{x})}\mathbb{E}_{\tilde{\mathbf{x}} \sim \mathcal{N}(\mathbf{x}, \sigma^2 I)}\left[\left\|\mathbf{s}_{\boldsymbol{\theta}}(\tilde{\mathbf{x}}, \sigma) + \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^2}\right\|_2^2\right]
