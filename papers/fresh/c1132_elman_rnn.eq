% An Elman RNN run over an input sequence (Goodfellow et al. 2016, Eq. 10.8-10.9 with the tanh activation),
% h^{(0)} = 0 written as h_0; x the T inputs of size d (prose)
x \in \mathbb{R}^{T \times d}, W \in \mathbb{R}^{n \times n}, U \in \mathbb{R}^{n \times d}, b \in \mathbb{R}^{n}

h_t = \tanh(W h_{t-1} + U x_t + b)
