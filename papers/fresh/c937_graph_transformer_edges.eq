% A generalization of transformer networks to graphs, Dwivedi & Bresson (2021), Eqs. 11-13 (with edge features),
% one head: the scores are multiplied by the projected edge feature, then normalised by a softmax over j in N_i.
h \in \mathbb{R}^{n \times d}, e \in \mathbb{R}^{n \times n \times d}, Q, K, V, E \in \mathbb{R}^{d_k \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

\hat{w}_{ij} = \left(\frac{Q h_i \cdot K h_j}{\sqrt{d_k}}\right) \cdot \mathbf{1}^\top E e_{ij}
w_{ij} = \mathrm{softmax}_j(\hat{w}_{ij})
\hat{h}_i = \sum_{j \in \mathcal{N}_i} w_{ij} V h_j
