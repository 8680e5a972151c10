% Katz (1953) centrality as graph-embedding papers print its truncated series (e.g. HOPE, Ou et al. 2016):
% S = \sum_{l=1}^{L} \beta^l A^l
A \in \mathbb{R}^{n \times n}, \beta = 0.3, L = 3

S = \sum_{l=1}^{L} \beta^l A^l
