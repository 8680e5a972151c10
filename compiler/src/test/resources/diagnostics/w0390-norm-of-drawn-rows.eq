% Wang & Isola's alignment loss: the rows of f(x), f(y) are N positive pairs, the norm is each pair's.
f(x), f(y) \in \mathbb{R}^{N \times d}, \alpha \in \mathbb{R}
L = \mathbb{E}_{(x, y) \sim p_{\mathrm{pos}}}\left[\|f(x) - f(y)\|_2^\alpha\right]
% ~WARNING W0390
% ~WARNING W0132
