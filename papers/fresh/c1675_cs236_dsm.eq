% Stanford CS236 (Ermon), score-based models lecture, denoising score matching with Gaussian noise, from memory of
% the printing (one draw of x and its perturbed x-tilde; the expectation's single-sample estimate): the score
% network's output at x-tilde given
s_\theta(\tilde{\mathbf{x}}), \tilde{\mathbf{x}}, \mathbf{x} \in \mathbb{R}^{d}, \sigma \in \mathbb{R}

\ell(\theta) = \frac{1}{2}\left\| s_\theta(\tilde{\mathbf{x}}) + \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^2} \right\|_2^2
