% Spectral contrastive loss, HaoChen et al. (2021), Eq. 3 estimated on a batch: row i of f(x), f(x^+) the embeddings
% of two augmentations of the same image, row i of f(x^-) an independent image's (prose), all of dimension k
f(x), f(x^+), f(x^-) \in \mathbb{R}^{N \times k}

\mathcal{L}(f) = -2 \cdot \mathbb{E}_{x, x^+}\left[f(x)^\top f(x^+)\right] + \mathbb{E}_{x, x^-}\left[\left(f(x)^\top f(x^-)\right)^2\right]
