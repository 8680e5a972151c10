% Raschka et al., Machine Learning with PyTorch and Scikit-Learn (2022), Ch. 2, the net input, as printed (from memory
% of the printing): m features
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{m}, b \in \mathbb{R}

z = w_1 x_1 + w_2 x_2 + \dots + w_m x_m + b = \mathbf{w}^T \mathbf{x} + b
