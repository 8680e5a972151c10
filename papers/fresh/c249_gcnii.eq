% Simple and deep graph convolutional networks (GCNII), Chen et al. (2020), Eq. 5; sigma the ReLU
% (prose); P~ the normalised adjacency, H^{(0)} the initial representation
\tilde{\mathbf{P}} \in \mathbb{R}^{n \times n}, \mathbf{H}^{(\ell)}, \mathbf{H}^{(0)} \in \mathbb{R}^{n \times d}, \mathbf{W}^{(\ell)} \in \mathbb{R}^{d \times d}, \alpha_\ell, \beta_\ell \in \mathbb{R}

\sigma(x) = \max(0, x)
\mathbf{H}^{(\ell+1)} = \sigma\left(\left(\left(1 - \alpha_\ell\right) \tilde{\mathbf{P}} \mathbf{H}^{(\ell)} + \alpha_\ell \mathbf{H}^{(0)}\right) \left(\left(1 - \beta_\ell\right) \mathbf{I}_n + \beta_\ell \mathbf{W}^{(\ell)}\right)\right)
