% PyTorch documentation, torch.nn.functional.normalize, as printed there: each vector v (along dim = 1 of an
% n x d input; one such d-vector here) is divided by the larger of its p-norm and epsilon (p = 2, eps = 1e-12 the defaults)
v \in \mathbb{R}^{d}, p = 2, \epsilon = 10^{-12}

v = \frac{v}{\max(\lVert v \rVert_p, \epsilon)}
