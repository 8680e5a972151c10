% Crammer & Singer (2001), the multi-class hinge of one example with label y, as Dogan et al. (2016) print it;
% f(x) the K class scores (prose)
f(x) \in \mathbb{R}^{K}, y \in \{1, \dots, K\}

\ell(f(x), y) = \max\left(0, 1 + \max_{j \neq y} f_j(x) - f_y(x)\right)
