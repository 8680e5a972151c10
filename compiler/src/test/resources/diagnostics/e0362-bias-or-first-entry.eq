% Bishop, PRML (2006), Eq. 4.4: "w_0 is a bias", only w and x declared
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{D}
y = \mathbf{w}^{\mathrm{T}}\mathbf{x} + w_0
% ~ERROR E0362
