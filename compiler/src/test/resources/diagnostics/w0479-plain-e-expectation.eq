% CS285's variance of the policy gradient: the expectation written as a plain E
g, r \in \mathbb{R}^{N}
v = E[g^2 r^2]
% ~WARNING W0479
