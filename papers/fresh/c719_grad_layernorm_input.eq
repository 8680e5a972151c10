% Layer normalisation of one vector (Ba et al. 2016, with gain and bias as in Vaswani et al.) and the gradient of
% a sum of squares through it with respect to the input
x, \gamma, \beta \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\mu = \frac{1}{d}\sum_{i=1}^{d} x_i
\sigma^2 = \frac{1}{d}\sum_{i=1}^{d}(x_i - \mu)^2
y = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}} + \beta
L = \sum_{i} y_i^2
g = \nabla_x L
