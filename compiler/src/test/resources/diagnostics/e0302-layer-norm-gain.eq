% Layer normalization (Ba et al., 2016) with the gain and bias declared over the wrong
% dimension.
x \in \mathbb{R}^{d}, \gamma, \beta \in \mathbb{R}^{h}
\epsilon = 10^{-5}
\mu = \mathrm{mean}(x)
\sigma^2 = \mathrm{Var}(x)
y = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}} + \beta
% ~ERROR E0302
