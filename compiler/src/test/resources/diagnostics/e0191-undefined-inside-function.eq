% f applies h, a function the file does not define, to its parameter: h(x) is one input per name it is
% called with (f(y) reads h(y)), but f(y + 1) would need h(y + 1), a value no name gives.
x, y \in \mathbb{R}^{d}
f(x) = x + h(x)
% ~WARNING W0190
z = f(y + 1)
% ~ERROR E0191
