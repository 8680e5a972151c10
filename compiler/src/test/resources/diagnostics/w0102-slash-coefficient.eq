% The Gaussian kernel printed inline: / 2\sigma^2 divides by the whole 2\sigma^2.
x, y \in \mathbb{R}^{d}, \sigma \in \mathbb{R}
k = \exp(-\|x - y\|^2 / 2\sigma^2)
% ~WARNING W0102
