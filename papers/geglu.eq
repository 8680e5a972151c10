% GLU variants improve Transformer, Shazeer (2020), Eq. 6: the bias-free GEGLU feed-forward layer
% (GELU(x) = x\Phi(x), the exact form)
x \in \mathbb{R}^{d_{model}}, W, V \in \mathbb{R}^{d_{model} \times d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}

\mathrm{FFN}_{\mathrm{GEGLU}}(x, W, V, W_2) = (\mathrm{GELU}(xW) \otimes xV)W_2
