% Polyak's heavy-ball method (Polyak 1964), as in Goh's "Why Momentum Really Works": one step on the
% quadratic f(x) = 1/2 x^T A x - b^T x
A \in \mathbb{R}^{n \times n}, b, x_k, x_{k-1} \in \mathbb{R}^{n}, \alpha, \beta \in \mathbb{R}

f(x) = \frac{1}{2}x^\top A x - b^\top x
x_{k+1} = x_k - \alpha \nabla f(x_k) + \beta(x_k - x_{k-1})
