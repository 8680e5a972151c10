% Position-wise feed-forward network (Vaswani et al., 2017, Eq. 2) applied to one position, the result's
% shape stated after it
W_1 \in \mathbb{R}^{d_{model} \times d_{ff}}, b_1 \in \mathbb{R}^{d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}, b_2 \in \mathbb{R}^{d_{model}}, x \in \mathbb{R}^{d_{model}}

\mathrm{FFN}(x) = \max(0, xW_1 + b_1)W_2 + b_2
y = \mathrm{FFN}(x) \in \mathbb{R}^{d_{model}}
