% Rasmussen & Williams (2006), Algorithm 2.1 (lines 3-4 and 7): alpha from the Cholesky factor and the log marginal
% likelihood with sum_i log L_ii, from memory of the printing; L the lower Cholesky factor of K + sigma_n^2 I (given,
% n x n) and y the n targets (prose)
L \in \mathbb{R}^{n \times n}, \mathbf{y} \in \mathbb{R}^{n}

\boldsymbol{\alpha} := L^\top \backslash (L \backslash \mathbf{y})
\log p(\mathbf{y}|X) := -\frac{1}{2}\mathbf{y}^\top\boldsymbol{\alpha} - \sum_i \log L_{ii} - \frac{n}{2}\log 2\pi
