% CS224n's dot-product attention scores, the encoder states declared as a dotted list
\mathbf{h}_1, \ldots, \mathbf{h}_N \in \mathbb{R}^{d}, \mathbf{s} \in \mathbb{R}^{d}
% ~WARNING W0481
e_i = \mathbf{s}^T \mathbf{h}_i
