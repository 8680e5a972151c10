% CaiT LayerScale, Touvron et al. (2021), Eq. 3 with diag(lambda) and the block output given
x_l, \mathrm{SA}(\eta(x_l)) \in \mathbb{R}^{d}, \lambda \in \mathbb{R}^{d}

x'_l = x_l + \mathrm{diag}(\lambda_{l,1}, \dots, \lambda_{l,d}) \times \mathrm{SA}(\eta(x_l))
