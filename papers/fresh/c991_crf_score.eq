% Linear-chain CRF score, Lample et al. (2016), Sec. 2.2: P the n x k matrix of tag scores, A the transition
% scores over the k tags plus start and end, y_0 and y_{n+1} the start and end tags (0-based, prose)
P \in \mathbb{R}^{n \times k}, A \in \mathbb{R}^{(k+2) \times (k+2)}, y \in \mathbb{N}^{n+2}

s(\mathbf{X}, \mathbf{y}) = \sum_{i=0}^{n} A_{y_i, y_{i+1}} + \sum_{i=1}^{n} P_{i, y_i}
