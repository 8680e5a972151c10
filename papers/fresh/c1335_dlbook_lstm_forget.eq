% Goodfellow, Bengio & Courville, Deep Learning (2016), Eq. 10.40 (the LSTM forget gate) as printed; x^{(t)} the
% input vector, h^{(t-1)} the hidden layer vector, b^f, U^f, W^f biases, input weights and recurrent weights
x^{(t)} \in \mathbb{R}^{m}, h^{(t-1)}, b^f \in \mathbb{R}^{n}, U^f \in \mathbb{R}^{n \times m}, W^f \in \mathbb{R}^{n \times n}

f_i^{(t)} = \sigma \left( b_i^f + \sum_j U_{i,j}^f x_j^{(t)} + \sum_j W_{i,j}^f h_j^{(t-1)} \right)
