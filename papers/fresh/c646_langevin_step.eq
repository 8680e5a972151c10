% Annealed Langevin dynamics, Song & Ermon (2019), Algorithm 1, lines 3 and 6: one step at noise level sigma_i;
% the score network is a linear stand-in (helper), z_t the Gaussian draw
\tilde{\mathbf{x}}_{t-1}, \mathbf{z}_t \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}, \epsilon, \sigma_i, \sigma_L \in \mathbb{R}

\mathbf{s}_{\boldsymbol{\theta}}(\mathbf{x}, \sigma) = W\mathbf{x} / \sigma
\alpha_i \leftarrow \epsilon \cdot \sigma_i^2 / \sigma_L^2
\tilde{\mathbf{x}}_t \leftarrow \tilde{\mathbf{x}}_{t-1} + \frac{\alpha_i}{2}\mathbf{s}_{\boldsymbol{\theta}}(\tilde{\mathbf{x}}_{t-1}, \sigma_i) + \sqrt{\alpha_i}\,\mathbf{z}_t
