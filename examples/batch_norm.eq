% Batch normalizing transform (Ioffe & Szegedy, 2015, Algorithm 1), over a mini-batch of m
% examples of d features; the statistics run over the batch axis m
x \in \mathbb{R}^{m \times d}, \gamma, \beta \in \mathbb{R}^{d}
\epsilon = 10^{-5}

\mu_B = \underset{m}{\mathrm{mean}}(x)
\sigma_B^2 = \underset{m}{\mathrm{Var}}(x)
\hat{x} = \frac{x - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}}
y = \gamma \odot \hat{x} + \beta
