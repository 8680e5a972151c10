% Sutton & Barto (3.12) style tails: prose, skipped with W0130
x \in \mathbb{R}^{n}
v = 2 x ;\ \textrm{for all } s \in \mathcal{S}
z = \sigma(x) \textrm{ where } x \in [0, 1]
