% GLU variants improve Transformer, Shazeer (2020), §2: Swish_\beta and the bias-free SwiGLU
% feed-forward layer (Eq. 6)
x \in \mathbb{R}^{d_{model}}, W, V \in \mathbb{R}^{d_{model} \times d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}

\mathrm{Swish}_\beta(x) = x\sigma(\beta x)
\mathrm{FFN}_{\mathrm{SwiGLU}}(x, W, V, W_2) = (\mathrm{Swish}_1(xW) \otimes xV)W_2
