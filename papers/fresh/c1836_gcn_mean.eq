% The mean aggregator as GNN surveys print it (e.g. Hamilton, Graph Representation Learning, Eq. 5.x "neighbourhood
% normalisation"), written from memory: W the f x d weights, h the n x d features, N(i) a 0/1 adjacency (added)
h \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{f \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

m_i = \frac{1}{|\mathcal{N}(i)|} \sum_{j \in \mathcal{N}(i)} W h_j
