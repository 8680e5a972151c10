% CS285's returns: the rewards declared with the letters i, t, read at i, t'
r(s_{i,t}) \in \mathbb{R}^{N \times T}
R_i = \sum_{t'} r(s_{i,t'})
% ~WARNING W0480
% ~WARNING W0392
