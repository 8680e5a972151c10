t \in \mathbb{R}
m = \mathbf{x}(0) e^{-t}
% ~ERROR E0155
