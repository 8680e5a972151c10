% DANN (Ganin et al., 2016), Eq. 9: the domain loss of the n' target examples, which follow the n source ones
L_d \in \mathbb{R}^{N}, n, n' \in \mathbb{R}
T = \frac{1}{n'} \sum_{i=n+1}^{N} L_{d,i}
% ~WARNING W0462
