% Generative adversarial nets, Goodfellow et al. (2014), Algorithm 1: the discriminator's objective on a
% minibatch of m real examples x^{(i)} and m noise samples z^{(i)}, ascended by the discriminator.
% D and G are networks the paper does not write out: D(x^{(i)}) and D(G(z^{(i)})) are the
% discriminator's outputs, one per example (inputs of the file).

V = \frac{1}{m} \sum_{i=1}^{m} \left[\log D\left(x^{(i)}\right) + \log\left(1 - D\left(G\left(z^{(i)}\right)\right)\right)\right]
