% Bishop, PRML (2006), Eqs. (4.98) and (4.99) as printed (from memory of the printing): one IRLS step of logistic
% regression; Phi the N x M design matrix, t the N targets, y the N predictions y_n = sigma(w^T phi_n) of the old
% weights, R the N x N diagonal weighting matrix with elements R_nn (prose)
\mathbf{\Phi} \in \mathbb{R}^{N \times M}, \mathbf{t}, \mathbf{y} \in \mathbb{R}^{N}, \mathbf{w}^{(\text{old})} \in \mathbb{R}^{M}

R_{nn} = y_n(1 - y_n)
\mathbf{w}^{(\text{new})} = \mathbf{w}^{(\text{old})} - (\mathbf{\Phi}^{\mathrm{T}}\mathbf{R}\mathbf{\Phi})^{-1}\mathbf{\Phi}^{\mathrm{T}}(\mathbf{y} - \mathbf{t})
