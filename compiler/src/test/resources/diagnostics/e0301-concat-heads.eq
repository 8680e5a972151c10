% Multi-head attention output (Vaswani et al., 2017, §3.2.2) concatenating two heads while
% W^O was declared for h of them.
h_1, h_2 \in \mathbb{R}^{n \times d_v}, W^O \in \mathbb{R}^{h d_v \times d_{model}}
y = \mathrm{Concat}(h_1, h_2) W^O
% ~ERROR E0301
