% GloVe (Pennington et al. 2014), eqs. (8) and (9), x_max = 100, alpha = 3/4
X \in \mathbb{R}^{V \times V}, w, \tilde{w} \in \mathbb{R}^{V \times d}, b, \tilde{b} \in \mathbb{R}^{V}
x_{max} = 100, \alpha = 3/4

f(x) = \begin{cases} (x/x_{max})^\alpha & \text{if } x < x_{max} \\ 1 & \text{otherwise} \end{cases}
J = \sum_{i,j=1}^{V} f(X_{ij}) \left( w_i^T \tilde{w}_j + b_i + \tilde{b}_j - \log X_{ij} \right)^2
