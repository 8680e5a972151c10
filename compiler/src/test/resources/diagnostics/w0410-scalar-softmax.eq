% a softmax of one number per element, with no index under it (PyG's TransformerConv)
e \in \mathbb{R}^{n \times n}
\alpha_{ij} = \mathrm{softmax}(e_{ij})
% ~WARNING W0410
