% Bishop, PRML (2006), Eq. (4.4) as printed (from memory of the printing): a linear discriminant; "w is called a
% weight vector, and w_0 is a bias" (prose, which gives no shape for w_0); x and w of D entries
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{D}

y(\mathbf{x}) = \mathbf{w}^{\mathrm{T}}\mathbf{x} + w_0
