% Perceptual losses, Johnson, Alahi & Fei-Fei (2016), Eq. 2: the feature reconstruction loss at layer j,
% phi_j(y) of shape C_j x H_j x W_j (prose)
\phi_j(\hat{y}), \phi_j(y) \in \mathbb{R}^{C_j \times H_j \times W_j}

\ell_{feat}^{\phi,j}(\hat{y}, y) = \frac{1}{C_j H_j W_j} \|\phi_j(\hat{y}) - \phi_j(y)\|_2^2
