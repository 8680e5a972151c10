% 3D Gaussian Splatting, Kerbl et al. (2023), Eq. 3 (alpha blending of the N depth-ordered Gaussians overlapping a
% pixel), from memory of the printing: c_i the colours, alpha_i the opacities times the 2-D Gaussian
c \in \mathbb{R}^{N \times 3}, \alpha \in \mathbb{R}^{N}, \mathcal{N} = \{1, \dots, N\}

C = \sum_{i \in \mathcal{N}} c_i \alpha_i \prod_{j=1}^{i-1} (1 - \alpha_j)
