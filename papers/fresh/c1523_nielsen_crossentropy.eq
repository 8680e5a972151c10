% Nielsen, Neural Networks and Deep Learning, Ch. 3, Eq. (57) (the cross-entropy cost of one neuron) as printed: the
% sum over the n training inputs x, y the desired and a the actual outputs (prose); here a and y per input.
% Printing as remembered (not fetched).
a, y \in \mathbb{R}^{n}

C = -\frac{1}{n} \sum_x \left[y \ln a + (1-y ) \ln (1-a) \right]
