% Bishop, PRML (2006), Eq. 7.10: the dual representation of the maximum-margin problem, with a linear kernel k(x, x') = x^T x'
\mathbf{X} \in \mathbb{R}^{N \times D}, \mathbf{a} \in \mathbb{R}^{N}, \mathbf{t} \in \mathbb{R}^{N}

\widetilde{L}(\mathbf{a}) = \sum_{n=1}^{N} a_n - \frac{1}{2}\sum_{n=1}^{N}\sum_{m=1}^{N} a_n a_m t_n t_m k(\mathbf{x}_n, \mathbf{x}_m)
k(\mathbf{x}, \mathbf{x}') = \mathbf{x}^{\mathrm{T}}\mathbf{x}'
