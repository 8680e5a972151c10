% d names no parameter of score, and nothing declares it: which axis it measures is unknown.
X \in \mathbb{R}^{n \times e}
\mathrm{score}(Q, K) = QK^\top / \sqrt{d}
% ~WARNING W0103
% ~ERROR E0110
S = \mathrm{score}(X, X)
