% HaoChen et al.'s spectral contrastive loss: the rows of f(x), f(x^+) are N positive pairs, the product is each pair's.
f(x), f(x^+) \in \mathbb{R}^{N \times k}
L = -2 \mathbb{E}_{x, x^+}\left[f(x)^\top f(x^+)\right]
% ~WARNING W0394
% ~WARNING W0132
