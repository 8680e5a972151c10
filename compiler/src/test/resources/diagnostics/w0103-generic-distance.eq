% A distance written once with undeclared parameters and applied to two vectors: the function
% is generic, each call takes its shapes from the arguments (one distance, not one per element).
a, b \in \mathbb{R}^{d}
\mathrm{dist}(p, q) = \|p - q\|_2
% ~WARNING W0103
v = \mathrm{dist}(a, b)
