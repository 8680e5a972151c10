% The relativistic discriminator, Jolicoeur-Martineau (2019), Eqs. 7-8 (RaSGAN): the relativistic average
% discriminator losses; C(x_r) on m real and C(x_f) on m fake samples are the critic's outputs (prose)
C(x_r), C(x_f) \in \mathbb{R}^{m}

L_D^{RaSGAN} = -\mathbb{E}_{x_r \sim \mathbb{P}}\left[\log\left(\tilde{D}(x_r)\right)\right] - \mathbb{E}_{x_f \sim \mathbb{Q}}\left[\log\left(1 - \tilde{D}(x_f)\right)\right]
\tilde{D}(x_r) = \sigma\left(C(x_r) - \mathbb{E}_{x_f \sim \mathbb{Q}}C(x_f)\right)
\tilde{D}(x_f) = \sigma\left(C(x_f) - \mathbb{E}_{x_r \sim \mathbb{P}}C(x_r)\right)
