% High-performance large-scale image recognition without normalization (NFNets), Brock et al. (2021), Eq. 3:
% unit-wise adaptive gradient clipping of the gradient G^l of layer l's weight W^l (rows i are units), with
% ||W_i||^*_F = max(||W_i||_F, eps) (prose)
W^\ell, G^\ell \in \mathbb{R}^{N \times M}, \lambda, \epsilon \in \mathbb{R}

\|W^\ell_i\|^\star_F = \max(\|W^\ell_i\|_F, \epsilon)
G^\ell_i \to \begin{cases} \lambda \frac{\|W^\ell_i\|^\star_F}{\|G^\ell_i\|_F} G^\ell_i & \text{if } \frac{\|G^\ell_i\|_F}{\|W^\ell_i\|^\star_F} > \lambda, \\ G^\ell_i & \text{otherwise.} \end{cases}
