% 3D Gaussian Splatting, Kerbl et al. (2023), Eqs. 5-6 as printed: the 3D covariance from the scaling S and rotation R,
% and its projection to image space with the viewing transform W and the Jacobian J of the projection (prose:
% J the affine approximation, a 2x3 block here as the 2D covariance takes its first two rows and columns)
R, S, W \in \mathbb{R}^{3 \times 3}, J \in \mathbb{R}^{2 \times 3}

\Sigma = R S S^T R^T
\Sigma' = J W \Sigma W^T J^T
