% Position-wise feed-forward network (Vaswani et al., 2017, Eq. 2), cut off mid-line
% while pasting: the statement ends in `+`.
x \in \mathbb{R}^{d_{model}}, W_1 \in \mathbb{R}^{d_{model} \times d_{ff}}, b_1 \in \mathbb{R}^{d_{ff}}
h = \max(0, x W_1 + b_1) +
% ~ERROR E0001
