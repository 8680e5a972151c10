% Dive into Deep Learning, 21.3 Matrix factorization, Eq. (21.3.2) as printed (from memory of the printing): P the
% m x k user and Q the n x k item latent matrices, p_u the u-th row of P, q_i the i-th row of Q, b_u and b_i the
% user and item biases (prose; the biases' shapes as a user declares them)
\mathbf{P} \in \mathbb{R}^{m \times k}, \mathbf{Q} \in \mathbb{R}^{n \times k}, b_u \in \mathbb{R}^{m}, b_i \in \mathbb{R}^{n}

\hat{\mathbf{R}}_{ui} = \mathbf{p}_u\mathbf{q}^\top_i + b_u + b_i
