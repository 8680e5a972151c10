% TransH, Wang et al. (2014), Sec. 3.1: the score of a triplet (h, r, t) with the entity embeddings projected
% onto the relation hyperplane of unit normal w_r; all embeddings of size k
\mathbf{h}, \mathbf{t}, \mathbf{w}_r, \mathbf{d}_r \in \mathbb{R}^{k}

f_r(\mathbf{h}, \mathbf{t}) = \|(\mathbf{h} - \mathbf{w}_r^\top \mathbf{h} \mathbf{w}_r) + \mathbf{d}_r - (\mathbf{t} - \mathbf{w}_r^\top \mathbf{t} \mathbf{w}_r)\|_2^2
