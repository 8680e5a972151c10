% Oquab et al. 2023, "DINOv2", the KoLeo regulariser (Sablayrolles et al. 2019).
x \in \mathbb{R}^{n \times d}

\mathcal{L}_{\mathrm{koleo}} = -\frac{1}{n} \sum_{i=1}^{n} \log(d_{n,i})
d_{n,i} = \min_{j \neq i} \| x_i - x_j \|
