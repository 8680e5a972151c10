% Layer normalization defined for d features, applied to a projection with h features.
x \in \mathbb{R}^{d}, \gamma, \beta \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times h}
\mathrm{LN}(x) = \gamma \odot \frac{x - \mathrm{mean}(x)}{\sqrt{\mathrm{Var}(x) + 10^{-5}}} + \beta
y = \mathrm{LN}(x W)
% ~ERROR E0304
