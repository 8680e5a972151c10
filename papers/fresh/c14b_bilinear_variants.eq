h \in \mathbb{R}^{d}, g \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times d}
s = h^\top W g
t = h^T W g
q = h^\top (W g)
r = (h^\top W) g
