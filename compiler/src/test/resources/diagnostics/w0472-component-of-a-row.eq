% Switch Transformer's load balancing: p(x) the router's probabilities at token x, p_i(x) the one for expert i
p \in \mathbb{R}^{T \times N}

s = \sum_{x} \|p(x)\|^2
% ~WARNING W0161
P_i = \sum_{x} p_i(x)
% ~WARNING W0472
