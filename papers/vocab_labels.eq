% Issue 16 §6 vocabulary: the cross-entropy of class labels as printed (labels declared counted from
% 0, as the --input holds them), a per-class weight, one-hot, LayerNorm and RMSNorm as single calls,
% the identity I of implied size (ridge regression) and the ones vector (centring).
z \in \mathbb{R}^{N \times K}, y \in \{0, \dots, K-1\}^{N}, \alpha \in \mathbb{R}^{K}, x \in \mathbb{R}^{n \times d}, \gamma, \beta \in \mathbb{R}^{d}, X \in \mathbb{R}^{m \times d}, t \in \mathbb{R}^{m}, \lambda \in \mathbb{R}

L = -\frac{1}{N}\sum_i \log \mathrm{softmax}(z_i)_{y_i}
\mathcal{L}_w = -\sum_i \alpha_{y_i} \log \mathrm{softmax}(z_i)_{y_i}
O = \mathrm{onehot}(y)
h = \mathrm{LayerNorm}(x, \gamma, \beta)
r = \mathrm{RMSNorm}(x, \gamma)
w = (X^\top X + \lambda I)^{-1} X^\top t
C = X - \frac{1}{m}\mathbf{1}\mathbf{1}^\top X
