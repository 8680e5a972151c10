% Orthogonal regularisation, Brock et al. (2017, "Neural photo editing", §3.3) / BigGAN Eq. 2:
% R_\beta(W) = \beta \|W^\top W - I\|^2 (the norm of a matrix: Frobenius)
W \in \mathbb{R}^{n \times k}, I \in \mathbb{R}^{k \times k}, \beta \in \mathbb{R}

R_\beta = \beta \|W^\top W - I\|^2
