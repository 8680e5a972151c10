% Wikipedia, "Gated recurrent unit" (Fully gated unit) as printed; prose: x_t the input vector, h_{t-1} the previous
% output, W, U, b parameter matrices and vector; sigma the sigmoid, phi the hyperbolic tangent. Printing as
% remembered (not fetched); shapes as the article's "Variables" list gives them (d inputs, e outputs).
x_t \in \mathbb{R}^{d}, h_{t-1} \in \mathbb{R}^{e}, W_z, W_r, W_h \in \mathbb{R}^{e \times d}, U_z, U_r, U_h \in \mathbb{R}^{e \times e}, b_z, b_r, b_h \in \mathbb{R}^{e}

\begin{align}
z_t &= \sigma(W_{z} x_t + U_{z} h_{t-1} + b_z) \\
r_t &= \sigma(W_{r} x_t + U_{r} h_{t-1} + b_r) \\
\hat{h}_t &= \phi(W_{h} x_t + U_{h} (r_t \odot h_{t-1}) + b_h) \\
h_t &= (1-z_t) \odot h_{t-1} + z_t \odot \hat{h}_t
\end{align}
