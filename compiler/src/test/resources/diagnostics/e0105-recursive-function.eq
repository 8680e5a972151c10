% A function defined by recursion on its argument.
x \in \mathbb{R}
f(x) = x f(x - 1)
% ~ERROR E0105
