% Denoising score matching as in Song & Ermon (2019), Eq. 2: the loss at one noise level sigma, the expectation
% over a batch of B data points x with one perturbed copy \tilde{x} each; the scores s_theta given (prose)
\mathbf{x}, \tilde{\mathbf{x}}, \mathbf{s}_\theta(\tilde{\mathbf{x}}, \sigma) \in \mathbb{R}^{B \times D}, \sigma \in \mathbb{R}

\ell(\theta; \sigma) \triangleq \frac{1}{2} \mathbb{E}_{p_{\text{data}}(\mathbf{x})} \mathbb{E}_{\tilde{\mathbf{x}} \sim \mathcal{N}(\mathbf{x}, \sigma^2 I)} \left[ \left\| \mathbf{s}_\theta(\tilde{\mathbf{x}}, \sigma) + \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^2} \right\|_2^2 \right]
