% Going deeper with image transformers (CaiT), Touvron et al. (2021), Eq. 4 (LayerScale): x_l the N
% patch tokens of width d (prose); the residual branch's output is given as s_l
x_l, s_l \in \mathbb{R}^{N \times d}, \lambda_l \in \mathbb{R}^{d}

x'_l = x_l + \mathrm{diag}(\lambda_l) \times s_l
