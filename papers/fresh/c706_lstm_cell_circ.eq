% LSTM cell state and output (as in Greff et al. 2017 / Olah's notation) with \circ the Hadamard product
f_t, i_t, o_t, \tilde{c}_t, c_{t-1} \in \mathbb{R}^{d}

c_t = f_t \circ c_{t-1} + i_t \circ \tilde{c}_t
h_t = o_t \circ \tanh(c_t)
