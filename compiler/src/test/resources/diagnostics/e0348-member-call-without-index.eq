% A value defined for each member, called with a member no index names
X \in \mathbb{R}^{M \times n}
f(X_m) = \sum_i X_{m,i}
% ~WARNING W0428
s = f(X_2)
% ~ERROR E0348
