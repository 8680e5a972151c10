% DeepAR, Salinas et al. (2020), Sec. 3.1 as printed (from memory of the printing): the Gaussian likelihood of z with
% the mean an affine function and the deviation a softplus of the network output h_{i,t} (given, prose)
\mathbf{h}_{i,t}, \mathbf{w}_\mu, \mathbf{w}_\sigma \in \mathbb{R}^{d}, b_\mu, b_\sigma, z \in \mathbb{R}

\ell_G(z \mid \mu, \sigma) = (2 \pi \sigma^2)^{-\frac{1}{2}} \exp(-(z - \mu)^2 / (2 \sigma^2))
\mu(\mathbf{h}_{i,t}) = \mathbf{w}_\mu^T \mathbf{h}_{i,t} + b_\mu
\sigma(\mathbf{h}_{i,t}) = \log(1 + \exp(\mathbf{w}_\sigma^T \mathbf{h}_{i,t} + b_\sigma))
