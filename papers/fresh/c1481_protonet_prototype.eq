% Prototypical networks, Snell et al. (2017), Eq. 1 as printed: the prototype of class k, the mean embedded support
% point of S_k; here the N support embeddings f_phi(x_i) are given as rows and the support set of class k as a 0/1
% membership row (prose: S_k the examples labelled k), K classes
f_\phi(\mathbf{x}) \in \mathbb{R}^{N \times M}, S \in \{0,1\}^{K \times N}

\mathbf{c}_k = \frac{1}{|S_k|} \sum_{(\mathbf{x}_i, y_i) \in S_k} f_\phi(\mathbf{x}_i)
