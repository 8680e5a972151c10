% Radford et al. 2021 (CLIP) style image-to-text retrieval accuracy over a batch of N matched pairs: the
% i-th image is correct when its most similar text is the i-th one (S the N x N similarity matrix)
S \in \mathbb{R}^{N \times N}

\mathrm{acc} = \frac{1}{N} \sum_{i=1}^{N} \mathbb{1}\left[\arg\max_j S_{ij} = i\right]
