% Stanford CS336 (2025), Assignment 1 Sec. 3.4.2 Eq. (5)-(7): the SiLU and SwiGLU feed-forward network, from memory;
% x in R^{d_model}, W_1, W_3 in R^{d_ff x d_model}, W_2 in R^{d_model x d_ff} (prose)
x \in \mathbb{R}^{d_\text{model}}, W_1, W_3 \in \mathbb{R}^{d_\text{ff} \times d_\text{model}}, W_2 \in \mathbb{R}^{d_\text{model} \times d_\text{ff}}

\mathrm{SiLU}(x) = x \cdot \sigma(x) = \frac{x}{1 + e^{-x}}
\mathrm{FFN}(x) = \mathrm{SwiGLU}(x, W_1, W_2, W_3) = W_2(\mathrm{SiLU}(W_1 x) \odot W_3 x)
