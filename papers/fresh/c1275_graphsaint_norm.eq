% GraphSAINT, Zeng et al. (2020), Eq. 2: the normalised aggregation at node v of a sampled subgraph; alpha_{u,v}
% the aggregator normalisation and 1_{u|v} the indicator that edge (u, v) is sampled, both given as N x N matrices
\tilde{\mathbf{A}}, \alpha, \mathbb{1} \in \mathbb{R}^{N \times N}, \mathbf{x}^{(\ell)} \in \mathbb{R}^{N \times d}, \mathbf{W}^{(\ell)} \in \mathbb{R}^{d \times f}

\zeta^{(\ell+1)}_v = \sum_{u \in \mathcal{V}} \frac{\tilde{A}_{v,u}}{\alpha_{u,v}} \left(\mathbf{W}^{(\ell)}\right)^{\mathsf{T}} \mathbf{x}^{(\ell)}_u \mathbb{1}_{u|v}
