% Jumping Knowledge networks, Xu et al. (2018), Sec. 5: layer aggregation by element-wise max-pooling over the
% representations of node v from the k layers; the layers' node features stacked, one n x d matrix per layer
h \in \mathbb{R}^{k \times n \times d}

h_v^{final} = \max\left(h_v^{(1)}, \dots, h_v^{(k)}\right)
