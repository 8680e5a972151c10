% Graph attention networks, Velickovic et al. (2018), Eq. 3 as printed (LeakyReLU with negative slope 0.2, prose);
% h the N x F node features, W the F' x F shared weight, a the 2F' attention vector; N_i from a 0/1 adjacency
% with self-loops (added); alpha_ij is 0 outside the neighbourhood
\vec{h} \in \mathbb{R}^{N \times F}, \mathbf{W} \in \mathbb{R}^{F' \times F}, \vec{\mathbf{a}} \in \mathbb{R}^{2F'}, \mathcal{N} \in \{0,1\}^{N \times N}

\text{LeakyReLU}(x) = \max(0.2 x, x)
\alpha_{ij} = \frac{\exp\left(\text{LeakyReLU}\left(\vec{\mathbf{a}}^T[\mathbf{W}\vec{h}_i\Vert\mathbf{W}\vec{h}_j]\right)\right)}{\sum_{k\in\mathcal{N}_i}\exp\left(\text{LeakyReLU}\left(\vec{\mathbf{a}}^T[\mathbf{W}\vec{h}_i\Vert\mathbf{W}\vec{h}_k]\right)\right)}
