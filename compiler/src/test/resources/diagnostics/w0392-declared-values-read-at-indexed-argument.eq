% Ring loss (Zheng et al. 2018): the features F(x) of m samples are declared, and read at x_i.
F(x) \in \mathbb{R}^{m \times d}, R \in \mathbb{R}
L = \sum_{i=1}^{m} (\|F(x_i)\|_2 - R)^2
% ~WARNING W0392
