% Wanda (Sun et al. 2024): X_j is the j-th input feature, a column of the N L x C_in activations
W \in \mathbb{R}^{C_{out} \times C_{in}}, X \in \mathbb{R}^{NL \times C_{in}}

S_{ij} = |W_{ij}| \cdot \|X_j\|_2
% ~WARNING W0396
