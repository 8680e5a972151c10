% An LSTM forget gate (Graves, 2013) with the input and recurrent weights swapped: both
% products are wrong, and each help names the input that fits.
x_t \in \mathbb{R}^{d}, h_{t-1} \in \mathbb{R}^{h}
W_f \in \mathbb{R}^{h \times d}, U_f \in \mathbb{R}^{h \times h}, b_f \in \mathbb{R}^{h}
f_t = \sigma(W_f h_{t-1} + U_f x_t + b_f)
% ~ERROR E0301
% ~ERROR E0301
