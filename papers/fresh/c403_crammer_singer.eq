% Multiclass hinge loss of Crammer and Singer (2001), as in scikit-learn's and CS229 notes: s the scores of
% one example over K classes, y its class (counted from 1)
s \in \mathbb{R}^{K}, y \in \{1, \dots, K\}

\ell = \max\left(0, 1 + \max_{j \neq y} s_j - s_y\right)
