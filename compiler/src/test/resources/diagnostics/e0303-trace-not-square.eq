% The trace of a rectangular matrix.
W \in \mathbb{R}^{d_{in} \times d_{out}}
r = \lambda \mathrm{tr}(W)
% ~ERROR E0303
\lambda \in \mathbb{R}
