% Learning from labeled and unlabeled data with label propagation, Zhu & Ghahramani (2002), Sec. 2: the
% probabilistic transition matrix from the weights w of the l labelled and u unlabelled points (l + u nodes)
w \in \mathbb{R}^{(l+u) \times (l+u)}

T_{ij} = P(j \rightarrow i) = \frac{w_{ij}}{\sum_{k=1}^{l+u} w_{kj}}
