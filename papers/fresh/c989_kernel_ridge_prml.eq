% Kernel ridge regression, Bishop PRML (2006), Eq. 6.9: the prediction at a new input, K the N x N Gram
% matrix and k(x) the vector of kernel values k(x_n, x) (prose)
\mathbf{K} \in \mathbb{R}^{N \times N}, \mathbf{k}(\mathbf{x}), \mathbf{t} \in \mathbb{R}^{N}, \lambda \in \mathbb{R}

y(\mathbf{x}) = \mathbf{k}(\mathbf{x})^{\mathrm{T}} (\mathbf{K} + \lambda \mathbf{I}_N)^{-1} \mathbf{t}
