% A squared-error loss with L2 regularization (weight decay) of the weights w
x, w \in \mathbb{R}^{d}, y, \lambda \in \mathbb{R}

L = \frac{1}{2}\left(w^\top x - y\right)^2 + \frac{\lambda}{2}\|w\|_2^2
