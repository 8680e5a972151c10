% Self-Attention GAN, Zhang et al. (2019), Eq. 7: the hinge loss of the discriminator over a batch of n
% real and n generated samples (expectations as batch means); D(x) = w^\top x is a stand-in (helper)
x \in \mathbb{R}^{n \times d}, z \in \mathbb{R}^{n \times k}, w \in \mathbb{R}^{d}, A \in \mathbb{R}^{d \times k}

D(x) = w^\top x
G(z) = Az
L_D = -\mathbb{E}_{x \sim p_{data}}[\min(0, -1 + D(x))] - \mathbb{E}_{z \sim p_z}[\min(0, -1 - D(G(z)))]
