% Free energy of a binary RBM, Hinton (2010, "A Practical Guide to Training RBMs"), Sec. 16.1:
% F(v) = -sum_i v_i a_i - sum_j log(1 + e^{x_j}), x_j = b_j + sum_i v_i w_{ij}
v \in \mathbb{R}^{n}, a \in \mathbb{R}^{n}, b \in \mathbb{R}^{h}, w \in \mathbb{R}^{n \times h}

x_j = b_j + \sum_i v_i w_{ij}
F(v) = -\sum_i v_i a_i - \sum_j \log(1 + e^{x_j})
