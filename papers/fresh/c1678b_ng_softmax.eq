% deeplearning.ai (Ng), "Improving Deep Neural Networks", week 3, softmax layer, as printed (from memory of the
% lecture: t = e^{(z^{[l]})}, a^{[l]} = t / sum_j t_j): the last layer's pre-activations, C classes
z^{[L]} \in \mathbb{R}^{C}

t = e^{(z^{[L]})}
a^{[L]} = \frac{e^{(z^{[L]})}}{\sum_{j=1}^{C} t_j}
