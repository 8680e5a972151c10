% A residual connection around the first FFN layer only: x is [n, d], the hidden layer
% [n, d_ff].
x \in \mathbb{R}^{n \times d}, W_1 \in \mathbb{R}^{d \times d_{ff}}
y = x + \mathrm{ReLU}(x W_1)
% ~ERROR E0302
