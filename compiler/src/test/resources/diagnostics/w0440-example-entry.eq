% ST-MoE's router z-loss: x_j^{(i)} is entry j of the i-th example, element (i, j) of x
x \in \mathbb{R}^{B \times N}

L_z = \frac{1}{B} \sum_{i=1}^{B} \left( \log \sum_{j=1}^{N} e^{x_j^{(i)}} \right)^2
% ~WARNING W0440
