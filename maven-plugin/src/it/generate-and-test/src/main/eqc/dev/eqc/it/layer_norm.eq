% Layer normalization (Ba, Kiros & Hinton, 2016) as deep-learning libraries document it,
% with the mean and the (biased) variance over the last axis as built-ins
x, \gamma, \beta \in \mathbb{R}^{d}
\epsilon = 10^{-5}

\mathrm{LN}(x) = \gamma \odot \frac{x - \mathrm{mean}(x)}{\sqrt{\mathrm{Var}(x) + \epsilon}} + \beta
