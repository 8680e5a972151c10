% Bishop & Bishop, Deep Learning: Foundations and Concepts (2024), Sec. 8.1 (error backpropagation, the two-layer
% example with tanh hidden units): output errors, then hidden errors; written from memory of the printing (equation
% numbers not checked). z_j hidden activations, w_{kj} second-layer weights; shapes from the prose (M hidden, K outputs)
\mathbf{y}, \mathbf{t} \in \mathbb{R}^{K}, \mathbf{z} \in \mathbb{R}^{M}, \mathbf{W} \in \mathbb{R}^{K \times M}

\delta_k = y_k - t_k
\delta_j = (1 - z_j^2) \sum_{k=1}^{K} w_{kj} \delta_k
