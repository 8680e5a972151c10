% Pairwise cosine-similarity matrix between two batches of embeddings (e.g. CLIP, Radford et al. 2021,
% Fig. 3 pseudocode; SimCLR sim(u, v) = u^T v / (\|u\| \|v\|) for all pairs): rows of X and Y
X, Y \in \mathbb{R}^{n \times d}

S = \frac{XY^\top}{\|X\| \|Y\|}
