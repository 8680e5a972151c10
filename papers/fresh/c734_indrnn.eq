% Independently recurrent neural network (IndRNN), Li et al. (2018), Eq. 2, one step: u the recurrent weight vector,
% \odot the Hadamard product, \sigma the ReLU (prose)
x_t \in \mathbb{R}^{M}, h_{t-1} \in \mathbb{R}^{N}, W \in \mathbb{R}^{N \times M}, u, b \in \mathbb{R}^{N}

\sigma(x) = \max(0, x)
h_t = \sigma(W x_t + u \odot h_{t-1} + b)
