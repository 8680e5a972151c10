% Graves (2013), Generating Sequences with RNNs, Eq. 38: RMSProp's running mean printed with `=`.
n, \epsilon \in \mathbb{R}^{m}, \aleph = 0.95
n_i = \aleph n_i + (1 - \aleph)\epsilon_i^2
% ~WARNING W0270
