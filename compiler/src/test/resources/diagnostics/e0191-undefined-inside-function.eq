% f applies h, a function the file does not define, to its parameter: h(x) is one input, so f(y)
% cannot be computed (it would silently reuse h(x)).
x, y \in \mathbb{R}^{d}
f(x) = x + h(x)
% ~WARNING W0190
z = f(y)
% ~ERROR E0191
