% DistMult (Yang et al. 2015): the bilinear score with a diagonal relation matrix, a trilinear dot product
\mathbf{e}_h, \mathbf{r}, \mathbf{e}_t \in \mathbb{R}^{d}

f(h, r, t) = \langle \mathbf{e}_h, \mathbf{r}, \mathbf{e}_t \rangle
