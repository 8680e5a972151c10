% RMSProp, Goodfellow, Bengio & Courville (2016), Deep Learning, Algorithm 8.5: one iteration with
% the gradient g given. The book: "1/sqrt(delta + r) applied element-wise"; delta = 10^{-6}.
g, r, \theta \in \mathbb{R}^{d}, \epsilon, \rho \in \mathbb{R}, \delta = 10^{-6}

r \leftarrow \rho r + (1 - \rho) g \odot g
\Delta\theta = -\frac{\epsilon}{\sqrt{\delta + r}} \odot g
\theta \leftarrow \theta + \Delta\theta
