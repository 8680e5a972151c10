% Wikipedia, "Long short-term memory" (LSTM with a forget gate) as printed; prose: x_t in R^d the input, h_{t-1},
% c_{t-1} in R^h, W in R^{h x d}, U in R^{h x h}, b in R^h; sigma_g the sigmoid, sigma_c and sigma_h the hyperbolic
% tangent. Printing as remembered (not fetched).
x_t \in \mathbb{R}^{d}, h_{t-1}, c_{t-1} \in \mathbb{R}^{h}, W_f, W_i, W_o, W_c \in \mathbb{R}^{h \times d}, U_f, U_i, U_o, U_c \in \mathbb{R}^{h \times h}, b_f, b_i, b_o, b_c \in \mathbb{R}^{h}

\begin{align}
f_t &= \sigma_g(W_{f} x_t + U_{f} h_{t-1} + b_f) \\
i_t &= \sigma_g(W_{i} x_t + U_{i} h_{t-1} + b_i) \\
o_t &= \sigma_g(W_{o} x_t + U_{o} h_{t-1} + b_o) \\
\tilde{c}_t &= \sigma_c(W_{c} x_t + U_{c} h_{t-1} + b_c) \\
c_t &= f_t \odot c_{t-1} + i_t \odot \tilde{c}_t \\
h_t &= o_t \odot \sigma_h(c_t)
\end{align}
