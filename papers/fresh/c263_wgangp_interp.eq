% Improved training of Wasserstein GANs (WGAN-GP), Gulrajani et al. (2017), Algorithm 1, line 6:
% epsilon ~ U[0, 1] one random number, x real and x~ generated samples
x, \tilde{x} \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\hat{x} \leftarrow \epsilon x + (1 - \epsilon) \tilde{x}
