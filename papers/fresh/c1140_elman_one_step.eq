% One step of an Elman RNN (Elman 1990; Goodfellow et al. 2016, Eq. 10.8-10.9) pasted with this step's input
% x_t declared: h_{t-1} is the previous state the caller gives, so the line is one step, not a scan
x_t \in \mathbb{R}^{d}, W \in \mathbb{R}^{n \times n}, U \in \mathbb{R}^{n \times d}, b \in \mathbb{R}^{n}

h_t = \tanh(W h_{t-1} + U x_t + b)
