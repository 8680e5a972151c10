% H2O (Zhang et al., NeurIPS 2023) / SnapKV (Li et al., 2024) eviction score: the attention each cached key j
% receives, accumulated over the queries i of the observation window, from memory (SnapKV Eq. 1 sums the
% attention weights of the window's queries over the prefix keys); Q the window's queries, K the cached keys
Q \in \mathbb{R}^{w \times d}, K \in \mathbb{R}^{n \times d}

A = \mathrm{softmax}\left( \frac{Q K^\top}{\sqrt{d}} \right)
C_j = \sum_{i=1}^{w} A_{i,j}
