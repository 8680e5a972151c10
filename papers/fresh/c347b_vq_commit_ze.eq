% VQ-VAE, van den Oord et al. (2017), Eq. 3, the last two terms, with the encoder output written z_e
% (the paper's z_e(x)) and the codebook vector e; sg the stop-gradient operator (prose)
z_e, e \in \mathbb{R}^{D}, \beta \in \mathbb{R}

L = \|\text{sg}[z_e] - e\|_2^2 + \beta \|z_e - \text{sg}[e]\|_2^2
g_z = \nabla_{z_e} L
g_e = \nabla_{e} L
