% A generalization of transformer networks to graphs, Dwivedi & Bresson (2021), Eqs. 4-5 for one head k of
% layer l: attention over the neighbours j of i (the softmax runs over j in N_i), d_k the head dimension
h^{\ell} \in \mathbb{R}^{n \times d}, Q^{k,\ell}, K^{k,\ell}, V^{k,\ell} \in \mathbb{R}^{d_k \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

\hat{h}_i^{k,\ell+1} = \sum_{j \in \mathcal{N}_i} w_{ij}^{k,\ell} V^{k,\ell} h_j^{\ell}, \quad w_{ij}^{k,\ell} = \mathrm{softmax}_j\left(\frac{Q^{k,\ell}h_i^{\ell} \cdot K^{k,\ell}h_j^{\ell}}{\sqrt{d_k}}\right)
