% Lilian Weng, "Contrastive Representation Learning" (2021), the soft nearest neighbours loss (Frosst et al. 2019) as
% printed there, f the squared Euclidean distance
\mathbf{x} \in \mathbb{R}^{B \times d}, y \in \mathbb{R}^{B}, \tau \in \mathbb{R}

f(\mathbf{a}, \mathbf{b}) = \|\mathbf{a} - \mathbf{b}\|_2^2
\mathcal{L}_\text{snn} = -\frac{1}{B}\sum_{i=1}^B \log \frac{\sum_{i\neq j, y_i = y_j, j=1,\dots,B} \exp(- f(\mathbf{x}_i, \mathbf{x}_j) / \tau)}{\sum_{i\neq k, k=1,\dots,B} \exp(- f(\mathbf{x}_i, \mathbf{x}_k) /\tau)}
