% W_1 declared once with the paper's shape and again transposed, as the code stores it.
W_1 \in \mathbb{R}^{d_{model} \times d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}
x \in \mathbb{R}^{d_{model}}
W_1 \in \mathbb{R}^{d_{ff} \times d_{model}}
% ~ERROR E0109
\mathrm{FFN}(x) = \max(0, x W_1) W_2
