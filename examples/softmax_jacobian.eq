% The Jacobian of the softmax s = softmax(z): ds_i/dz_j, with the Kronecker delta
s \in \mathbb{R}^{n}

J_{ij} = s_i(\delta_{ij} - s_j)
