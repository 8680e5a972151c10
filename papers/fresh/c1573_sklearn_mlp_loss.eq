% scikit-learn user guide, 1.17.7 Mathematical formulation (neural network models), the binary cross-entropy loss
% with its L2 penalty as printed (from memory of the printing): n samples with targets y_i and outputs \hat{y_i},
% W the weights (one matrix here), alpha the penalty (prose). The printing sums i from 0 to n over n samples.
y, \hat{y} \in \mathbb{R}^{n}, W \in \mathbb{R}^{p \times q}, \alpha \in \mathbb{R}

Loss(\hat{y},y,W) = -\dfrac{1}{n}\sum_{i=0}^n(y_i \ln {\hat{y_i}} + (1-y_i) \ln{(1-\hat{y_i})}) + \dfrac{\alpha}{2n} ||W||_2^2
