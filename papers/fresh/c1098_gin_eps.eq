% How powerful are graph neural networks? (GIN), Xu et al. (2019), Eq. 4.1, with the MLP a one-layer
% ReLU network (our definition line); h the n node features, N(v) a 0/1 adjacency (declarations added)
h^{(k-1)} \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{d \times f}, \mathcal{N} \in \{0,1\}^{n \times n}, \epsilon^{(k)} \in \mathbb{R}

\mathrm{MLP}^{(k)}(z) = \mathrm{ReLU}(z W)
h_v^{(k)} = \mathrm{MLP}^{(k)}\left(\left(1 + \epsilon^{(k)}\right) \cdot h_v^{(k-1)} + \sum_{u \in \mathcal{N}(v)} h_u^{(k-1)}\right)
