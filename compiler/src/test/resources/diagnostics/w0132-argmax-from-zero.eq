% argmax is a position: eqc counts it from 0 and says so.
q \in \mathbb{R}^{A}
a = \operatorname{argmax}(q)
% ~WARNING W0132
