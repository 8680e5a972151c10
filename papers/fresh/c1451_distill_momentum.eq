% Goh, "Why Momentum Really Works", Distill (2017), the momentum iteration as printed (k the iteration, a
% superscript label); the gradient at w^k given, n parameters (prose)
z^{k}, w^{k}, \nabla f(w^{k}) \in \mathbb{R}^{n}, \alpha, \beta \in \mathbb{R}

z^{k+1} = \beta z^{k} + \nabla f(w^{k})
w^{k+1} = w^{k} - \alpha z^{k+1}
