% KoLeo (Sablayrolles et al. 2019, as printed in DINOv2): n is the batch size, d_{n,i} the distance of x_i to its
% nearest neighbour among the n.
x \in \mathbb{R}^{n \times d}
d_{n,i} = \min_{j \neq i} \| x_i - x_j \|
% ~WARNING W0402
L = -\frac{1}{n} \sum_{i=1}^{n} \log(d_{n,i})
