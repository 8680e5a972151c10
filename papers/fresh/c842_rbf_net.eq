% Radial basis function network (Broomhead & Lowe 1988): N centres c_i, weights a_i, width beta
\mathbf{x} \in \mathbb{R}^{d}, \mathbf{c} \in \mathbb{R}^{N \times d}, a \in \mathbb{R}^{N}, \beta \in \mathbb{R}

\varphi(\mathbf{x}) = \sum_{i=1}^{N} a_i \exp\left(-\beta \|\mathbf{x} - \mathbf{c}_i\|^2\right)
