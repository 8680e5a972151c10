% deeplearning.ai (Ng), "Building your Deep Neural Network: Step by Step", Eq. (7), the cross-entropy cost, as printed
% (from memory of the notebook): the last layer's activations a^[L](i) and the labels y^(i) of m examples
a^{[L]}, y \in \mathbb{R}^{m}

-\frac{1}{m} \sum\limits_{i = 1}^{m} (y^{(i)}\log\left(a^{[L] (i)}\right) + (1-y^{(i)})\log\left(1- a^{[L](i)}\right))
