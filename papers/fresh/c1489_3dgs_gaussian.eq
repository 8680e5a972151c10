% 3D Gaussian Splatting, Kerbl et al. (2023), Eq. 4 as printed: the Gaussian at a point x (relative to its mean),
% Sigma its 3D covariance
x \in \mathbb{R}^{3}, \Sigma \in \mathbb{R}^{3 \times 3}

G(x) = e^{-\frac{1}{2}(x)^T \Sigma^{-1}(x)}
