% SimCLR, Chen et al. (2020), Eq. 1: the NT-Xent loss of a positive pair (i, j) among 2N augmented
% examples; sim(u, v) the cosine similarity (prose), z_k the rows of z
z \in \mathbb{R}^{2N \times d}, \tau \in \mathbb{R}

\mathrm{sim}(u, v) = \frac{u^\top v}{\|u\| \|v\|}
\ell_{i,j} = -\log \frac{\exp(\mathrm{sim}(z_i, z_j)/\tau)}{\sum_{k=1}^{2N} \mathbb{1}_{[k \neq i]} \exp(\mathrm{sim}(z_i, z_k)/\tau)}
