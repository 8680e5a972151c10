% Pairwise squared Euclidean distances between the rows x_i of X and y_j of Y, expanded as in most k-NN code
X \in \mathbb{R}^{n \times d}, Y \in \mathbb{R}^{m \times d}

D_{ij} = \|x_i\|^2 - 2 x_i^\top y_j + \|y_j\|^2
