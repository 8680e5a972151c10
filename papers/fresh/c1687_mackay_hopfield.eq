% MacKay, Information Theory, Inference, and Learning Algorithms, Ch. 42 (Hopfield networks), the Hebb rule (42.5)
% and the activation (42.2), as printed (from memory of the printing): N stored patterns x^(n) of I units, and the
% network's current state x; one neuron's activity a_i (the update x_i = tanh(a_i) follows)
\mathbf{x}^{(n)} \in \mathbb{R}^{I}, n = 1, \ldots, N, \mathbf{x} \in \mathbb{R}^{I}, \eta \in \mathbb{R}

w_{ij} = \eta \sum_n x^{(n)}_i x^{(n)}_j
a_i = \sum_j w_{ij} x_j
