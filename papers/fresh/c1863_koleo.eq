% Oquab et al. (2024), DINOv2, KoLeo regulariser (Sec. 4), pasted from the printing; x_1..x_n the rows of x (prose)
x \in \mathbb{R}^{n \times d}

\mathcal{L}_{\mathrm{koleo}} = -\frac{1}{n} \sum_{i=1}^{n} \log(d_{n,i})
d_{n,i} = \min_{j \neq i} \| x_i - x_j \|
