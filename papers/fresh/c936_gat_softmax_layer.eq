% Graph Attention Networks, Velickovic et al. (2018), Eqs. 1-4 as printed: the coefficients are a softmax over j,
% which the text says runs over the neighbourhood N_i (their only reads are under the sum over j in N_i).
\vec{h} \in \mathbb{R}^{N \times F}, \mathbf{W} \in \mathbb{R}^{F' \times F}, \vec{\mathbf{a}} \in \mathbb{R}^{2F'}, \mathcal{N} \in \{0,1\}^{N \times N}

e_{ij} = \mathrm{LeakyReLU}\left(\vec{\mathbf{a}}^T[\mathbf{W}\vec{h}_i \Vert \mathbf{W}\vec{h}_j]\right)
\alpha_{ij} = \mathrm{softmax}_j(e_{ij})
\vec{h}'_i = \sigma\left(\sum_{j \in \mathcal{N}_i} \alpha_{ij} \mathbf{W}\vec{h}_j\right)
