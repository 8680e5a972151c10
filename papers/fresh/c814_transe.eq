% TransE (Bordes et al. 2013): margin loss of one triple (h, l, t) against a corrupted one (h', l, t'), L2 dissimilarity
\mathbf{h}, \boldsymbol{\ell}, \mathbf{t}, \mathbf{h}', \mathbf{t}' \in \mathbb{R}^{k}, \gamma \in \mathbb{R}

d(\mathbf{x}, \mathbf{y}) = \|\mathbf{x} - \mathbf{y}\|_2
\mathcal{L} = \left[\gamma + d(\mathbf{h} + \boldsymbol{\ell}, \mathbf{t}) - d(\mathbf{h}' + \boldsymbol{\ell}, \mathbf{t}')\right]_+
