% A gradient through strided definitions: the even elements of y are x w there, the odd ones x
x \in \mathbb{R}^{d}, w \in \mathbb{R}^{d}
y_{2i} = x_{2i} w_{2i}
y_{2i+1} = x_{2i+1}
L = \sum_i y_i^2
g = \nabla_w L
