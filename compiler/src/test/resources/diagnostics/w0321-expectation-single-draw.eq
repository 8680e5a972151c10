% Song & Ermon (2019), Eq. 5 for one data point and one perturbed sample: the expectation of a number.
\mathbf{x}, \tilde{\mathbf{x}}, \mathbf{s} \in \mathbb{R}^{D}, \sigma \in \mathbb{R}
\ell = \frac{1}{2}\mathbb{E}_{\tilde{\mathbf{x}} \sim \mathcal{N}(\mathbf{x}, \sigma^2 I)}\left[\left\|\mathbf{s} + \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^2}\right\|_2^2\right]
% ~WARNING W0132
% ~WARNING W0321
