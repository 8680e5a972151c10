% CosFace / large margin cosine loss, Wang et al. (2018), Eq. 4, for N samples over C classes:
% x_i (features) and W_j (class weights) normalised, margin m, scale s, y_i given as one-hot rows Y
x \in \mathbb{R}^{N \times d}, W \in \mathbb{R}^{C \times d}, Y \in \mathbb{R}^{N \times C}, s = 30, m = 0.35

\cos\theta_{ij} = \frac{W_j^\top x_i}{\|W_j\| \|x_i\|}
\ell_{ij} = s(\cos\theta_{ij} - m Y_{ij})
L_{lmc} = \frac{1}{N}\sum_i -\log \frac{\sum_j Y_{ij} e^{\ell_{ij}}}{\sum_j e^{\ell_{ij}}}
