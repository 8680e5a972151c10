% Raschka et al., Machine Learning with PyTorch and Scikit-Learn (2022), Ch. 12/13 (multiclass output: the softmax), as
% printed (from memory of the printing, which writes the numerator e^{z} for the entry e^{z_i}): M classes
\mathbf{z} \in \mathbb{R}^{M}

p(z) = \sigma(z) = \frac{e^{z}}{\sum_{j=1}^{M} e^{z_j}}
