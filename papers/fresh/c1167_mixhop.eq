% MixHop, Abu-El-Haija et al. (2019), Eq. 4: column-wise concatenation over the adjacency powers j in P = {0, 1, 2};
% \hat A the normalised adjacency of n nodes, W_j^{(i)} one weight matrix per power, sigma = ReLU
\hat{A} \in \mathbb{R}^{n \times n}, H^{(i)} \in \mathbb{R}^{n \times d}, W_0^{(i)}, W_1^{(i)}, W_2^{(i)} \in \mathbb{R}^{d \times s}, P = \{0, 1, 2\}

H^{(i+1)} = \Vert_{j \in P} \sigma\left(\hat{A}^j H^{(i)} W_j^{(i)}\right)
