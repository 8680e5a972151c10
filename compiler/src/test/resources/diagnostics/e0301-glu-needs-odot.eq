% A gated linear unit (Dauphin et al., 2017) where the gate multiplies by juxtaposition, a
% matrix product; the paper's ⊗ is element-wise.
x \in \mathbb{R}^{n \times d}, W, V \in \mathbb{R}^{d \times h}, b, c \in \mathbb{R}^{h}
\mathrm{GLU}(x) = \sigma(x W + b) (x V + c)
% ~ERROR E0301
