% SPADE, Park et al. (2019), Eq. 1 with the batch statistics of Eqs. 2-3: h^i the activations of layer i,
% N x C^i x H^i x W^i; gamma, beta the modulation maps C x H x W produced from the mask m (prose; given here)
h \in \mathbb{R}^{N \times C \times H \times W}, \gamma, \beta \in \mathbb{R}^{C \times H \times W}, \epsilon = 10^{-5}

\mu_c = \frac{1}{N H W} \sum_{n, y, x} h_{n,c,y,x}
\sigma_c = \sqrt{\frac{1}{N H W} \sum_{n, y, x} \left( h_{n,c,y,x}^2 \right) - \mu_c^2 + \epsilon}
o_{n,c,y,x} = \gamma_{c,y,x} \frac{h_{n,c,y,x} - \mu_c}{\sigma_c} + \beta_{c,y,x}
