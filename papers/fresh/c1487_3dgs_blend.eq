% 3D Gaussian Splatting, Kerbl et al. (2023), Eq. 3 as printed: the colour of a pixel from the N ordered Gaussians
% overlapping it, colours c_i (RGB) and opacities alpha_i (given, already times the 2D Gaussian)
c \in \mathbb{R}^{N \times 3}, \alpha \in \mathbb{R}^{N}

C = \sum_{i \in \mathcal{N}} c_i \alpha_i \prod_{j=1}^{i-1} (1 - \alpha_j)
