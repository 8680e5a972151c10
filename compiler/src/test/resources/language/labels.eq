% docs/LANGUAGE.md, Class labels: selection by labels, one-hot, LayerNorm and RMSNorm.
p \in \mathbb{R}^{N \times K}, z \in \mathbb{R}^{N \times K}, y \in \{1, \dots, K\}^N, \alpha \in \mathbb{R}^{K}
L = -\frac{1}{N}\sum_i \log p_{i, y_i}
F = -\sum_i \alpha_{y_i} \log \mathrm{softmax}(z_i)_{y_i}
gp = \nabla_p L
gz = \nabla_z F
ga = \nabla_\alpha F
O = \mathrm{onehot}(y)
h = \mathrm{LayerNorm}(z, \alpha, \alpha)
r = \mathrm{RMSNorm}(z, \alpha)
E = \sum_i \sum_k \mathrm{LayerNorm}(z)_{ik}^3 + \sum_i \sum_k \mathrm{RMSNorm}(z, \alpha)_{ik}^3
gn = \nabla_z E
