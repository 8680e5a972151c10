% VQ-VAE, van den Oord et al. (2017), Eq. 2 with the nearest-neighbour k of Eq. 1, pasted from the printing; the
% K codebook vectors e_j are the rows of e (prose)
z_e(x) \in \mathbb{R}^{D}, e \in \mathbb{R}^{K \times D}

z_q(x) = e_k, \quad \text{where} \quad k = \mathrm{argmin}_j \| z_e(x) - e_j \|_2
