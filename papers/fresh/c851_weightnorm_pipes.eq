% Weight normalization, Salimans & Kingma (2016), Eq. 2 as the arXiv source prints it, with || for the norm:
% v a k-dimensional vector, g a scalar (prose)
\mathbf{v} \in \mathbb{R}^{k}, g \in \mathbb{R}

\mathbf{w} = \frac{g}{||\mathbf{v}||}\mathbf{v}
