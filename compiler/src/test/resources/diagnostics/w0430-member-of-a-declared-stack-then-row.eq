% Jumping knowledge networks (Xu et al. 2018), max-pooling over the k layer representations of node v
h \in \mathbb{R}^{k \times n \times d}
y_v = \max_{i=1}^{k} h_v^{(i)}
% ~WARNING W0430
