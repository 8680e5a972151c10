% Distillation logits from a linear head with temperature T (Hinton et al. 2015, Eq. 1): q = softmax(W^T h / T)
W \in \mathbb{R}^{d \times K}, h \in \mathbb{R}^{d}, T \in \mathbb{R}

q = \mathrm{softmax}(W^T h / T)
r = \mathrm{softmax}(h^T W / T)
