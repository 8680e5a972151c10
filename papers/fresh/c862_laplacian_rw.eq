% von Luxburg (2007), Sec. 3.2, Eq. for L_rw: the random-walk normalised Laplacian, D the degree matrix
W \in \mathbb{R}^{n \times n}

D_{ii} = \sum_{j=1}^{n} w_{ij}
L = D - W
L_{\text{rw}} := D^{-1} L = I - D^{-1} W
