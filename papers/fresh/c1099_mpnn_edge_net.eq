% Neural message passing for quantum chemistry, Gilmer et al. (2017), Eq. 1 with the edge network message
% M(h_v, h_w, e_vw) = A(e_vw) h_w (Sec. 5.1); A(e_vw) the d x d matrix of each edge given as a tensor,
% N(v) a 0/1 adjacency (prose, declarations added)
h^t \in \mathbb{R}^{n \times d}, A(e) \in \mathbb{R}^{n \times n \times d \times d}, N \in \{0,1\}^{n \times n}

m_v^{t+1} = \sum_{w \in N(v)} A(e_{vw}) h_w^t
