% NIPS 2016 Tutorial: GANs, Goodfellow (2016), Eqs. 8 and 13: the discriminator's cost and the non-saturating
% generator cost; D(x) on m real samples and D(G(z)) on m generated samples are given (prose)
D(\boldsymbol{x}), D(G(\boldsymbol{z})) \in \mathbb{R}^{m}

J^{(D)}(\boldsymbol{\theta}^{(D)}, \boldsymbol{\theta}^{(G)}) = -\frac{1}{2}\mathbb{E}_{\boldsymbol{x} \sim p_{\text{data}}}\log D(\boldsymbol{x}) - \frac{1}{2}\mathbb{E}_{\boldsymbol{z}}\log\left(1 - D(G(\boldsymbol{z}))\right)
J^{(G)} = -\frac{1}{2}\mathbb{E}_{\boldsymbol{z}}\log D(G(\boldsymbol{z}))
