% An LSTM cell (Graves, 2013) with two broken gates: each syntax error spoils only its own
% statement and is reported once; the other gates are still read.
x_t \in \mathbb{R}^{d}, h_{t-1}, c_{t-1} \in \mathbb{R}^{h}
W_i, W_f, W_o \in \mathbb{R}^{h \times d}, U_i, U_f, U_o \in \mathbb{R}^{h \times h}
b_i, b_f, b_o \in \mathbb{R}^{h}
i_t = \sigma(W_i x_t + U_i h_{t-1} + b_i)
f_t = \sigma(W_f x_t + U_f h_{t-1} b_f +)
% ~ERROR E0001
o_t = \sigma(W_o x_t + U_o h_{t-1} + )
% ~ERROR E0001
c_t = f_t \odot c_{t-1} + i_t \odot \tanh(W_i x_t)
