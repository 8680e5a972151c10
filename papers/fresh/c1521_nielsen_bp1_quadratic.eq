% Nielsen, Neural Networks and Deep Learning, Ch. 2, Eq. (30) as printed: BP1 for the quadratic cost; a^L the output
% activations, y the desired output, z^L the weighted inputs of the output layer (prose). Printing as remembered.
a^L, y, z^L \in \mathbb{R}^{n}

\delta^L = (a^L-y) \odot \sigma'(z^L)
