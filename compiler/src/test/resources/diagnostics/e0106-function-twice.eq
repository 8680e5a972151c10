% Two variants of the feed-forward network under one name.
x \in \mathbb{R}^{d}, W_1 \in \mathbb{R}^{d \times h}, b_1 \in \mathbb{R}^{h}
\mathrm{FFN}(x) = \max(0, x W_1 + b_1)
\mathrm{FFN}(x) = \mathrm{GELU}(x W_1 + b_1)
% ~ERROR E0106
