% Wikipedia, "Covariance matrix", Relation to the correlation matrix (from memory of the printing): the correlation
% matrix from the autocovariance matrix K_XX of a random vector of n components (given; prose: "an n x n matrix")
\operatorname{K}_{\mathbf{X}\mathbf{X}} \in \mathbb{R}^{n \times n}

\operatorname{corr}(\mathbf{X}) = \left(\operatorname{diag}(\operatorname{K}_{\mathbf{X}\mathbf{X}})\right)^{-\frac{1}{2}} \operatorname{K}_{\mathbf{X}\mathbf{X}} \left(\operatorname{diag}(\operatorname{K}_{\mathbf{X}\mathbf{X}})\right)^{-\frac{1}{2}}
