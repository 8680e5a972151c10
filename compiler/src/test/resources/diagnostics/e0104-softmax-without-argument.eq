% Attention weights where the scores were dropped from the softmax.
S \in \mathbb{R}^{n \times m}, V \in \mathbb{R}^{m \times d_v}
O = \mathrm{softmax} \cdot V
% ~ERROR E0104
