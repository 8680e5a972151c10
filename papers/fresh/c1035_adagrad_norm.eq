% AdaGrad-Norm, Ward, Wu & Bottou (2019), Algorithm 1 (one step, the gradient at x_j given)
x_j, \nabla F(x_j) \in \mathbb{R}^{d}, b_j, \eta \in \mathbb{R}

b_{j+1}^2 = b_j^2 + \|\nabla F(x_j)\|^2
x_{j+1} = x_j - \frac{\eta}{b_{j+1}} \nabla F(x_j)
