% LSTM as in Olah's "Understanding LSTM Networks" (2015): gates on the concatenation [h_{t-1}, x_t]
h_{t-1} \in \mathbb{R}^{n}, x_t \in \mathbb{R}^{m}, C_{t-1} \in \mathbb{R}^{n}, W_f, W_i, W_C, W_o \in \mathbb{R}^{n \times (n+m)}, b_f, b_i, b_C, b_o \in \mathbb{R}^{n}

f_t = \sigma(W_f \cdot [h_{t-1}, x_t] + b_f)
i_t = \sigma(W_i \cdot [h_{t-1}, x_t] + b_i)
\tilde{C}_t = \tanh(W_C \cdot [h_{t-1}, x_t] + b_C)
C_t = f_t * C_{t-1} + i_t * \tilde{C}_t
