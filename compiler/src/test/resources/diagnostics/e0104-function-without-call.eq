% A residual connection that forgot to apply the sub-layer to x.
x \in \mathbb{R}^{n \times d}, W_1 \in \mathbb{R}^{d \times d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d}
\mathrm{FFN}(x) = \max(0, x W_1) W_2
y = x + \mathrm{FFN}
% ~ERROR E0104
