% An Elman RNN step that uses h_t instead of h_{t-1} on the right.
h_{t-1} \in \mathbb{R}^{h}, x_t \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times h}, U \in \mathbb{R}^{h \times d}
h_t = \tanh(W h_t + U x_t)
% ~ERROR E0105
