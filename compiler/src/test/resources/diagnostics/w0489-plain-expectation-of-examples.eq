% the mean of a data matrix of n examples with d features: the mean example
x \in \mathbb{R}^{n \times d}

\mu = \mathbb{E}[x]
% ~WARNING W0489
