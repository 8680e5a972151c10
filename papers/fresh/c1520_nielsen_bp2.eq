% Nielsen, Neural Networks and Deep Learning, Ch. 2, Eq. (BP2) as printed: the error of layer l from that of layer
% l+1; w^{l+1} the weight matrix of layer l+1 (n_{l+1} x n_l), z^l the weighted inputs of layer l, sigma the sigmoid
% (prose). Printing as remembered (not fetched).
w^{l+1} \in \mathbb{R}^{p \times q}, \delta^{l+1} \in \mathbb{R}^{p}, z^l \in \mathbb{R}^{q}

\delta^l = ((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^l)
