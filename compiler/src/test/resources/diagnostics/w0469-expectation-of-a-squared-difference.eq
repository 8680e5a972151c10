% Casella and Berger's variance, E(X - \mu)^2: the square applies to the difference inside the parentheses
x \in \mathbb{R}^{B}, \mu \in \mathbb{R}

v = \mathbb{E}(x - \mu)^2
% ~WARNING W0469
