% Wasserstein GAN, Arjovsky et al. (2017), Algorithm 1: the critic's gradient over m real samples
% x^{(i)} and m generated ones g_\theta(z^{(i)}); the critic f_w and the generator g_\theta are linear
% stand-ins (helpers), the samples declared as indexed families.
w \in \mathbb{R}^{d}, \theta \in \mathbb{R}^{d \times k}
x^{(i)} \in \mathbb{R}^{d}, z^{(i)} \in \mathbb{R}^{k}, i = 1, \ldots, m

f_w(x) = w^\top x
g_\theta(z) = \theta z
g_w \leftarrow \nabla_w \left[\frac{1}{m}\sum_{i=1}^{m} f_w(x^{(i)}) - \frac{1}{m}\sum_{i=1}^{m} f_w(g_\theta(z^{(i)}))\right]
