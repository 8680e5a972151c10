% StyleGAN2, Karras et al. (2020), Eqs. 1 and 3: modulation and demodulation of conv weights w_{ijk}
% (i input feature maps, j output maps, k spatial footprint), style s_i
w \in \mathbb{R}^{I \times J \times K}, s \in \mathbb{R}^{I}, \epsilon = 10^{-8}

w'_{ijk} = s_i \cdot w_{ijk}
w''_{ijk} = w'_{ijk} \bigg/ \sqrt{\sum_{i,k} {w'_{ijk}}^2 + \epsilon}
