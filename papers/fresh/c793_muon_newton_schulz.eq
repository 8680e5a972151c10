% Muon, Jordan et al. (2024): one quintic Newton-Schulz iteration towards the orthogonal factor of the
% update, with the blog's coefficients
X_k \in \mathbb{R}^{m \times n}, a = 3.4445, b = -4.7750, c = 2.0315

X_{k+1} = aX_k + b(X_kX_k^\top)X_k + c(X_kX_k^\top)^2X_k
