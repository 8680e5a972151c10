% Generating sequences with recurrent neural networks, Graves (2013), Eqs. 7-11: the LSTM with peephole connections,
% one step; "the weight matrices from the cell to gate vectors (e.g. W_ci) are diagonal" (prose: given as their
% diagonals, vectors of length H)
x_t \in \mathbb{R}^{I}, h_{t-1}, c_{t-1} \in \mathbb{R}^{H}, W_{xi}, W_{xf}, W_{xc}, W_{xo} \in \mathbb{R}^{H \times I}, W_{hi}, W_{hf}, W_{hc}, W_{ho} \in \mathbb{R}^{H \times H}, W_{ci}, W_{cf}, W_{co}, b_i, b_f, b_c, b_o \in \mathbb{R}^{H}

i_t = \sigma(W_{xi} x_t + W_{hi} h_{t-1} + W_{ci} c_{t-1} + b_i)
f_t = \sigma(W_{xf} x_t + W_{hf} h_{t-1} + W_{cf} c_{t-1} + b_f)
c_t = f_t c_{t-1} + i_t \tanh(W_{xc} x_t + W_{hc} h_{t-1} + b_c)
o_t = \sigma(W_{xo} x_t + W_{ho} h_{t-1} + W_{co} c_t + b_o)
h_t = o_t \tanh(c_t)
