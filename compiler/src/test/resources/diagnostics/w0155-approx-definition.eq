x \in \mathbb{R}^{n}
g \approx 0.5x(1 + \tanh(x))
% ~WARNING W0155
