% Layer normalisation (Ba et al., 2016, Eq. 4), the statistics defined after the line with a wide space
% between them as printed; H hidden units
a, g, b \in \mathbb{R}^{H}

h = \frac{g}{\sigma} \odot (a - \mu) + b, \quad \text{where } \mu = \frac{1}{H}\sum_{i=1}^{H} a_i, \quad \sigma = \sqrt{\frac{1}{H}\sum_{i=1}^{H}(a_i - \mu)^2}
