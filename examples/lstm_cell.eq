% One step of an LSTM cell (Hochreiter & Schmidhuber, 1997; the form of Graves, 2013)
x_t \in \mathbb{R}^{d}, h_{t-1}, c_{t-1} \in \mathbb{R}^{h}
W_i, W_f, W_o, W_c \in \mathbb{R}^{h \times d}
U_i, U_f, U_o, U_c \in \mathbb{R}^{h \times h}
b_i, b_f, b_o, b_c \in \mathbb{R}^{h}

% Input gate
i_t = \sigma(W_i x_t + U_i h_{t-1} + b_i)
% Forget gate
f_t = \sigma(W_f x_t + U_f h_{t-1} + b_f)
% Output gate
o_t = \sigma(W_o x_t + U_o h_{t-1} + b_o)
% Candidate cell state
\tilde{c}_t = \tanh(W_c x_t + U_c h_{t-1} + b_c)
% New cell state
c_t = f_t \odot c_{t-1} + i_t \odot \tilde{c}_t
% New hidden state
h_t = o_t \odot \tanh(c_t)
