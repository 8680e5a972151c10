% SimCLR, Chen et al. (2020), Eq. 1 (NT-Xent for a positive pair (i, j)) with the similarity of §2.1,
% "sim(u, v) = u^T v / ||u|| ||v||", and the batch loss of Algorithm 1, over the 2N augmented
% examples z_1 ... z_{2N} (z_{2k-1}, z_{2k} are the two views of example k)
\boldsymbol{z} \in \mathbb{R}^{2N \times d}, \tau \in \mathbb{R}

\mathrm{sim}(\boldsymbol{u}, \boldsymbol{v}) = \boldsymbol{u}^\top \boldsymbol{v} / \|\boldsymbol{u}\| \|\boldsymbol{v}\|
\ell_{i,j} = -\log \frac{\exp(\mathrm{sim}(\boldsymbol{z}_i, \boldsymbol{z}_j)/\tau)}{\sum_{k=1}^{2N} \mathbb{1}_{[k \neq i]} \exp(\mathrm{sim}(\boldsymbol{z}_i, \boldsymbol{z}_k)/\tau)}
\mathcal{L} = \frac{1}{2N} \sum_{k=1}^{N} [\ell(2k-1, 2k) + \ell(2k, 2k-1)]
