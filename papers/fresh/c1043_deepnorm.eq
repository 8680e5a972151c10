% DeepNet: scaling Transformers to 1,000 layers, Wang et al. (2022), Eq. in Sec. 3 (DeepNorm) with Table's
% encoder-only alpha = (2N)^{1/4}; x_l holds n tokens of width d, the sublayer output G_l(x_l, theta_l) given
x_l, G_l(x_l, \theta_l) \in \mathbb{R}^{n \times d}, N \in \mathbb{N}

\alpha = (2N)^{\frac{1}{4}}
x_{l+1} = LN(\alpha x_l + G_l(x_l, \theta_l))
