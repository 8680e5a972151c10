% ResNet's residual branch F(x, {W_i}) + x: F is a sub-network the paper never writes out. Its value
% is an input named as printed, shaped like x, which it is added to.
x \in \mathbb{R}^{d}
y = \mathcal{F}(x, \{W_i\}) + x
% ~WARNING W0190
