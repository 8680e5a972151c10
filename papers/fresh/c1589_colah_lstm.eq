% colah's blog, "Understanding LSTM Networks" (2015), the LSTM step as printed in the figures' captions (from memory
% of the printing): [h_{t-1}, x_t] the concatenation, * the element-wise product, sigma the sigmoid; no shapes in
% the post, declared as a user would (n hidden units, d inputs)
h_{t-1}, C_{t-1} \in \mathbb{R}^{n}, x_t \in \mathbb{R}^{d}, W_f, W_i, W_C, W_o \in \mathbb{R}^{n \times (n+d)}, b_f, b_i, b_C, b_o \in \mathbb{R}^{n}

f_t = \sigma\left(W_f \cdot [h_{t-1}, x_t] \ + \ b_f\right)
i_t = \sigma\left(W_i \cdot [h_{t-1}, x_t] \ + \ b_i\right)
\tilde{C}_t = \tanh(W_C\cdot[h_{t-1}, x_t] \ + \ b_C)
C_t = f_t * C_{t-1} + i_t * \tilde{C}_t
o_t = \sigma\left(W_o \ [h_{t-1}, x_t] \ + \ b_o\right)
h_t = o_t * \tanh \left(C_t\right)
