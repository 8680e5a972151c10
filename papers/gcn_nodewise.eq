% GCN as a differentiable Weisfeiler-Lehman update, Kipf & Welling (2017), Appendix A, Eq. 12: node i
% aggregates its neighbours \mathcal{N}_i with c_{ij} = \sqrt{d_i d_j}. Added: the adjacency matrix A
% (self-loops included) that gives \mathcal{N}_i, the degrees d_i, and \sigma a ReLU (helpers).
h^{(l)} \in \mathbb{R}^{N \times D}, W^{(l)} \in \mathbb{R}^{D \times F}, A \in \mathbb{R}^{N \times N}

\sigma(x) = \mathrm{ReLU}(x)
\mathcal{N}_i = \{j \mid A_{ij} \neq 0\}
d_i = \sum_j A_{ij}
c_{ij} = \sqrt{d_i d_j}
h_i^{(l+1)} = \sigma\left(\sum_{j \in \mathcal{N}_i} \frac{1}{c_{ij}} h_j^{(l)} W^{(l)}\right)
