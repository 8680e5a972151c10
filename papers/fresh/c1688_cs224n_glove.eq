% Stanford CS224n lecture notes, Part II (GloVe), the weighted least-squares objective, and the weighting function of
% Pennington et al. the notes refer to, as printed (from memory of the printing): X the W x W co-occurrence counts
% (all positive here), u_j and v_i the rows of U, V (word vectors of n entries)
X \in \mathbb{R}^{W \times W}, u, v \in \mathbb{R}^{W \times n}, x_{max}, \alpha \in \mathbb{R}

f(x) = \begin{cases} (x/x_{max})^\alpha & \text{if } x < x_{max} \\ 1 & \text{otherwise} \end{cases}
\hat{J} = \sum_{i=1}^{W}\sum_{j=1}^{W} f(X_{ij})(u_j^T v_i - \log X_{ij})^2
