% Scaling by a diagonal matrix, as in the diagonal preconditioners of adaptive optimizers
s, x \in \mathbb{R}^{d}

y = \mathrm{diag}(s) x
