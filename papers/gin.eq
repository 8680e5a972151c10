% How powerful are graph neural networks? (GIN), Xu et al. (2019), Eq. 4.1. Added: the adjacency
% matrix A (no self-loops) that gives \mathcal{N}(v), and MLP^{(k)} a two-layer ReLU perceptron (helper).
h^{(k-1)} \in \mathbb{R}^{N \times d}, A \in \mathbb{R}^{N \times N}, W_1 \in \mathbb{R}^{d \times d_h}, W_2 \in \mathbb{R}^{d_h \times d_o}, \epsilon^{(k)} \in \mathbb{R}

\mathrm{MLP}^{(k)}(x) = \mathrm{ReLU}(x W_1) W_2
\mathcal{N}_v = \{u \mid A_{vu} \neq 0\}
h_v^{(k)} = \mathrm{MLP}^{(k)}\left(\left(1 + \epsilon^{(k)}\right) \cdot h_v^{(k-1)} + \sum_{u \in \mathcal{N}(v)} h_u^{(k-1)}\right)
