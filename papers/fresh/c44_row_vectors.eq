% Row-vector forms common in papers (attention pooling, Rayleigh quotient, projections)
s \in \mathbb{R}^{n}, V \in \mathbb{R}^{n \times d}, x, w \in \mathbb{R}^{d}, W \in \mathbb{R}^{m \times d}, \alpha \in \mathbb{R}

a = \mathrm{softmax}(s)^\top V
c = V^\top \mathrm{softmax}(s)
q = x^\top W^\top W x
r = \frac{x^\top W^\top W x}{x^\top x}
u = \alpha x^\top w + 1
p = (W x)^\top (W w)
