% Gated linear unit, Dauphin et al. (2017), Eq. 1: h(X) = (X * W + b) \otimes \sigma(X * V + c)
X \in \mathbb{R}^{n \times m}, W, V \in \mathbb{R}^{m \times k}, b, c \in \mathbb{R}^{k}

h(X) = (XW + b) \otimes \sigma(XV + c)
