% Set Transformer, Lee et al. (2019), Eqs. 1, 6-7 with one head and no layer normalisation (as in their
% ablation): the multihead attention block MAB(X, Y) of n queries X attending to m keys Y; rFF one ReLU layer
X \in \mathbb{R}^{n \times d}, Y \in \mathbb{R}^{m \times d}, W^Q, W^K, W^V, W \in \mathbb{R}^{d \times d}

\mathrm{Att}(Q, K, V; \omega) = \omega(QK^\top)V
\omega(x) = \mathrm{softmax}(x / \sqrt{d})
H = X + \mathrm{Att}(XW^Q, YW^K, YW^V; \omega)
\mathrm{MAB}(X, Y) = H + \mathrm{ReLU}(HW)
