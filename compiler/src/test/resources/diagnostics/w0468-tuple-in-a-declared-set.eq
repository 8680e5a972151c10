% Prototypical networks' prototype: the tuple names each support example by its index i, a member of S_k
S \in \{0,1\}^{K \times N}, f \in \mathbb{R}^{N \times M}

c_k = \sum_{(\mathbf{x}_i, y_i) \in S_k} f_i
% ~WARNING W0468
