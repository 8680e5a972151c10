% CosFace as c23 with a plain name for the cosine and the minus sign in front of the sum
x \in \mathbb{R}^{N \times d}, W \in \mathbb{R}^{C \times d}, Y \in \mathbb{R}^{N \times C}, s = 30, m = 0.35

c_{ij} = \frac{W_j^\top x_i}{\|W_j\| \|x_i\|}
\ell_{ij} = s(c_{ij} - m Y_{ij})
L_{lmc} = -\frac{1}{N}\sum_i \log \frac{\sum_j Y_{ij} e^{\ell_{ij}}}{\sum_j e^{\ell_{ij}}}
g = \nabla_{x} L_{lmc}
g_W = \frac{\partial L_{lmc}}{\partial W}
