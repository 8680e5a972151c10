% Factorization Machines, Rendle (2010), Eqs. 1-2, pasted from the printing; V \in R^{n x k} (prose), v_i its rows
\mathbf{x} \in \mathbb{R}^{n}, w_0 \in \mathbb{R}, \mathbf{w} \in \mathbb{R}^{n}, \mathbf{V} \in \mathbb{R}^{n \times k}

\hat{y}(\mathbf{x}) := w_0 + \sum_{i=1}^{n} w_i x_i + \sum_{i=1}^{n} \sum_{j=i+1}^{n} \langle \mathbf{v}_i, \mathbf{v}_j \rangle x_i x_j
\langle \mathbf{v}_i, \mathbf{v}_j \rangle := \sum_{f=1}^{k} v_{i,f} \cdot v_{j,f}
