% VQ-VAE, van den Oord et al. (2017), Eq. 3, the last two terms (sg the stop-gradient operator)
z_e, e \in \mathbb{R}^{D}, \beta \in \mathbb{R}

L = \|\text{sg}[z_e(x)] - e\|_2^2 + \beta \|z_e(x) - \text{sg}[e]\|_2^2
