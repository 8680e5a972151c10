% GraphSAGE, Hamilton et al. (2017), Eq. 3 with the pooling network already applied, written as the element-wise max
% over the neighbours (prose "element-wise max operator"); p the n x d pooled features, N(v) a 0/1 adjacency
p \in \mathbb{R}^{n \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

m_v = \max_{u \in \mathcal{N}(v)} p_u
