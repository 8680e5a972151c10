% LightGCN, He et al. (2020), Eq. 7 (matrix form): A the adjacency, D its diagonal degree matrix (prose)
A \in \mathbb{R}^{n \times n}, \mathbf{E}^{(k)} \in \mathbb{R}^{n \times T}

\mathbf{E}^{(k+1)} = (\mathbf{D}^{-\frac{1}{2}} \mathbf{A} \mathbf{D}^{-\frac{1}{2}}) \mathbf{E}^{(k)}
