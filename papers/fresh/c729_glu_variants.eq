% GLU variants improve Transformer, Shazeer (2020), Eqs. 5 and 6: ReGLU and Bilinear with biases, and their bias-free
% feed-forward layers
x \in \mathbb{R}^{d_{model}}, W, V \in \mathbb{R}^{d_{model} \times d_{ff}}, b, c \in \mathbb{R}^{d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d_{model}}

\mathrm{ReGLU}(x, W, V, b, c) = \max(0, xW + b) \otimes (xV + c)
\mathrm{Bilinear}(x, W, V, b, c) = (xW + b) \otimes (xV + c)
\mathrm{FFN}_{\mathrm{ReGLU}}(x, W, V, W_2) = (\max(0, xW) \otimes xV)W_2
\mathrm{FFN}_{\mathrm{Bilinear}}(x, W, V, W_2) = (xW \otimes xV)W_2
