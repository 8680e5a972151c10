% Nielsen, Neural Networks and Deep Learning, Ch. 3, Eq. (78) (the softmax layer) as printed, the sum over k with no
% range (all output neurons); z^L the weighted inputs of the n output neurons (prose). Printing as remembered.
z^L \in \mathbb{R}^{n}

a^L_j = \frac{e^{z^L_j}}{\sum_k e^{z^L_k}}
