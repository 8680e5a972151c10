% Raschka et al., Machine Learning with PyTorch and Scikit-Learn (2022), Ch. 3, the logistic-regression weight update
% (full batch), as printed (from memory of the printing): n examples x^(i) of m features, their net inputs z^(i) and
% labels y^(i) given, sigma the logistic sigmoid (prose)
x \in \mathbb{R}^{n \times m}, y, z \in \mathbb{R}^{n}, \eta \in \mathbb{R}

\Delta w_j = -\eta \frac{\partial L}{\partial w_j} = \eta \sum_{i} \left(y^{(i)} - \sigma\left(z^{(i)}\right)\right) x_j^{(i)}
