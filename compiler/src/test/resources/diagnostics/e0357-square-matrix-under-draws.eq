% the expectation of an outer product of one vector: its draws are not stacked anywhere
x \in \mathbb{R}^{d}

C = \mathbb{E}_{x \sim p}[x x^\top]
% ~ERROR E0357
