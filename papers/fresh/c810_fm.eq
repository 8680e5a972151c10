% Factorization Machines (Rendle 2010), eq. (1): V \in \mathbb{R}^{n \times k}, v_i its i-th row
w_0 \in \mathbb{R}, \mathbf{w} \in \mathbb{R}^{n}, \mathbf{V} \in \mathbb{R}^{n \times k}, \mathbf{x} \in \mathbb{R}^{n}

\hat{y}(\mathbf{x}) := w_0 + \sum_{i=1}^{n} w_i x_i + \sum_{i=1}^{n} \sum_{j=i+1}^{n} \langle \mathbf{v}_i, \mathbf{v}_j \rangle x_i x_j
