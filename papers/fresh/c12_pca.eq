% PCA, Bishop PRML Eq. 12.2-12.3: sample mean and data covariance of N points x_n in D dimensions
\mathbf{x} \in \mathbb{R}^{N \times D}

\bar{\mathbf{x}} = \frac{1}{N}\sum_{n=1}^{N} \mathbf{x}_n
\mathbf{S} = \frac{1}{N}\sum_{n=1}^{N} (\mathbf{x}_n - \bar{\mathbf{x}})(\mathbf{x}_n - \bar{\mathbf{x}})^{\mathrm{T}}
