% Pegasos, Shalev-Shwartz et al. (2007): the hinge loss with the positive part [z]_+ written as (z)_+
w, x \in \mathbb{R}^{d}, y \in \mathbb{R}

\ell = (1 - y \, w^\top x)_+
