% A max over an index written as the middle argument of declared values with an axis per argument
Q(s', a', u) \in \mathbb{R}^{B \times n_a \times K}

y = \max_{a'} Q(s', a', u)
% ~ERROR E0354
