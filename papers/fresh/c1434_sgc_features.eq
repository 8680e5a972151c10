% Simplifying graph convolutional networks (SGC), Wu et al. (2019), Eq. 5-6 as printed: the K-step feature
% propagation X-bar = S^K X, then the linear classifier; S the n x n normalised adjacency (given), K = 2 (prose)
\mathbf{S} \in \mathbb{R}^{n \times n}, \mathbf{X} \in \mathbb{R}^{n \times d}, \mathbf{\Theta} \in \mathbb{R}^{d \times C}, K = 2

\bar{\mathbf{X}} = \mathbf{S}^{K} \mathbf{X}
\hat{\mathbf{Y}} = \mathrm{softmax}\left(\bar{\mathbf{X}} \mathbf{\Theta}\right)
