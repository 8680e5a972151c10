% H2GCN, Zhu et al. (2020), Eq. 5 in matrix form (Sec. 3.2): one round of aggregation over the 1-hop and the
% 2-hop neighbourhoods (self excluded), each symmetrically degree-normalised, the results concatenated (COMBINE);
% A_1, A_2 the two neighbourhood matrices, D_1, D_2 their degree matrices, given (prose)
\mathbf{A}_1, \mathbf{A}_2, \mathbf{D}_1, \mathbf{D}_2 \in \mathbb{R}^{N \times N}, \mathbf{R}^{(k-1)} \in \mathbb{R}^{N \times p}

\mathbf{R}^{(k)} = \left[ \mathbf{D}_1^{-1/2} \mathbf{A}_1 \mathbf{D}_1^{-1/2} \mathbf{R}^{(k-1)} \,\Vert\, \mathbf{D}_2^{-1/2} \mathbf{A}_2 \mathbf{D}_2^{-1/2} \mathbf{R}^{(k-1)} \right]
