% Multi-query attention, Shazeer (2019), Sec. 3 as equations: h query heads share one key and one value projection
X \in \mathbb{R}^{n \times d}, W_Q \in \mathbb{R}^{h \times d \times k}, W_K, W_V \in \mathbb{R}^{d \times k}

K = X W_K
V = X W_V
O_h = \mathrm{softmax}\left(\frac{X W_{Q,h} K^\top}{\sqrt{k}}\right) V
