% Blondel & Roulet (2024), Sec. 3.? (multiclass logistic loss), from memory of the printing: y \in [M] = {1, ..., M}
% a class label (the book's notation), \bm{e}_y the y-th standard basis vector, \langle\cdot,\cdot\rangle the inner product
\bm{\theta} \in \mathbb{R}^{M}, y \in [M]

\ell(\bm{\theta}, y) := \mathrm{logsumexp}(\bm{\theta}) - \langle \bm{\theta}, \bm{e}_y \rangle
