% An LSTM cell update (Graves, 2013) with the previous cell state declared at the input
% width d instead of the hidden width h.
x_t, c_{t-1} \in \mathbb{R}^{d}, h_{t-1} \in \mathbb{R}^{h}
W_f, W_i, W_c \in \mathbb{R}^{h \times d}, U_f, U_i, U_c \in \mathbb{R}^{h \times h}
f_t = \sigma(W_f x_t + U_f h_{t-1})
i_t = \sigma(W_i x_t + U_i h_{t-1})
\tilde{c}_t = \tanh(W_c x_t + U_c h_{t-1})
c_t = f_t \odot c_{t-1} + i_t \odot \tilde{c}_t
% ~ERROR E0302
