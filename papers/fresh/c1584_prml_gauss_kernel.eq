% Bishop, PRML (2006), Eq. (6.23) as printed (from memory of the printing): the Gaussian kernel; x, x' two inputs
% of D dimensions, sigma the width (prose)
\mathbf{x}, \mathbf{x}' \in \mathbb{R}^{D}, \sigma \in \mathbb{R}

k(\mathbf{x}, \mathbf{x}') = \exp\left(-\|\mathbf{x} - \mathbf{x}'\|^2/2\sigma^2\right)
