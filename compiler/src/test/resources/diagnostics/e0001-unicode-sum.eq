% Softmax written element by element, with ∑ pasted from a web page instead of \sum.
z \in \mathbb{R}^{n}
\mathrm{softmax}(z)_i = \frac{e^{z_i}}{∑_j e^{z_j}}
% ~ERROR E0001
