% Switch Transformer, Fedus et al. (2021), Eq. 1: the router's probabilities over the N experts, the
% softmax of the router's logits h(x) = W_r x (not written out here: an input of the file).

p_i(x) = \frac{e^{h(x)_i}}{\sum^N_j e^{h(x)_j}}
