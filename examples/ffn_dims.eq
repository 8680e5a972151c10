% The Transformer feed-forward network with the inner size stated as the paper does:
% d_{ff} = 4 d_{model} (Vaswani et al., 2017, §3.3: d_model = 512, d_ff = 2048)
x \in \mathbb{R}^{d_{model}}
W_1 \in \mathbb{R}^{d_{model} \times d_{ff}}, b_1 \in \mathbb{R}^{d_{ff}}
W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}, b_2 \in \mathbb{R}^{d_{model}}
d_{ff} = 4 d_{model}

% The hidden activations, declared as the output of the first layer
h \in \mathbb{R}^{d_{ff}}
h = \max(0, xW_1 + b_1)
\mathrm{FFN}(x) = hW_2 + b_2
