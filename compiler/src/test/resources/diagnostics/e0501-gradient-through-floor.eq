% Rounding has derivative zero almost everywhere, so no gradient reaches x through it.
x \in \mathbb{R}^{d}
L = \mathrm{sum}(\lfloor x \rfloor + x^2)
% ~ERROR E0501
g = \nabla_{x} L
