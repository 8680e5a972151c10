% Mentzer et al.'s finite scalar quantisation: the bounding function written with \mapsto
z \in \mathbb{R}^{d}, L = 5

\hat{z} = \mathrm{round}(f(z))
f : z \mapsto \lfloor L/2 \rfloor \tanh(z)
% ~WARNING W0475
