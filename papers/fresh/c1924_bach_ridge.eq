% Bach, Learning Theory from First Principles (2024), Sec. 3.6 (ridge least-squares), from memory of the printing:
% Phi the n x d design matrix, the n lambda scaling of the identity
\Phi \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \lambda \in \mathbb{R}

\hat{\theta}_\lambda = (\Phi^\top \Phi + n\lambda I)^{-1} \Phi^\top y
