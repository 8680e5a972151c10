% DoRA (Liu et al., 2024), Eq. 5: the weight decomposed into a magnitude m \in R^{1 x k} and a direction, where
% ||.||_c is the vector-wise norm of a matrix across each column (prose); W_0 \in R^{d x k}, B \in R^{d x r},
% A \in R^{r x k}; the underlines mark the trainable parameters
W_0 \in \mathbb{R}^{d \times k}, B \in \mathbb{R}^{d \times r}, A \in \mathbb{R}^{r \times k}, m \in \mathbb{R}^{1 \times k}

W' = \underline{m}\frac{W_0 + \underline{BA}}{||W_0 + \underline{BA}||_c}
