% van Amersfoort et al. (ICML 2020), "Uncertainty Estimation Using a Single Deep Deterministic Neural Network", Eq. 1,
% written from memory; f_theta(x) written h (the feature vector), W \in R^{C x n x d}, e \in R^{C x n} (prose)
W \in \mathbb{R}^{C \times n \times d}, e \in \mathbb{R}^{C \times n}, h \in \mathbb{R}^{d}

K_c = \exp\left[ -\frac{\frac{1}{n} \| W_c h - e_c \|_2^2}{2 \sigma^2} \right]
