% both arguments are real inputs the body reads: which one is differentiated is not written
x, y \in \mathbb{R}^{3}

f(a, b) = a^\top b
% ~WARNING W0103
g = \nabla f(x, y)
% ~ERROR E0365
