% Zhang et al., Dive into Deep Learning, Sec. 12.7 (Adagrad), as printed: the diagonal preconditioning of Q
\mathbf{Q} \in \mathbb{R}^{d \times d}

$$\tilde{\mathbf{Q}} = \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q}) \mathbf{Q} \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q}).$$
