% Graph attention networks, Velickovic et al. (2018), Eq. 6 (alpha declared N x N x K): K heads averaged at the output layer;
% alpha^k_{ij} the attention of head k, W^k in R^{F' x F} (prose); sigma the logistic sigmoid here
\alpha \in \mathbb{R}^{N \times N \times K}, \mathbf{W} \in \mathbb{R}^{K \times F' \times F}, \vec{h} \in \mathbb{R}^{N \times F}, A \in \mathbb{R}^{N \times N}

\mathcal{N}_i = \{j \mid A_{ij} \neq 0\}
\vec{h}'_i = \sigma\left(\frac{1}{K} \sum_{k=1}^{K} \sum_{j \in \mathcal{N}_i} \alpha_{ij}^k \mathbf{W}^k \vec{h}_j\right)
