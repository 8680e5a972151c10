% Liu & Wang (NeurIPS 2016), "Stein Variational Gradient Descent", Eq. 8 (empirical update direction), pasted from
% the printing; the RBF kernel (Sec. 5 prose, bandwidth h) and a standard normal target log p are written out;
% the particles x^\ell \in R^{n x d} (prose)
x^\ell \in \mathbb{R}^{n \times d}, x \in \mathbb{R}^{d}

k(x, x') = \exp(-\frac{1}{h} \|x - x'\|_2^2)
\log p(x) = -\frac{1}{2} \|x\|_2^2
\hat{\boldsymbol{\phi}}^*(x) = \frac{1}{n} \sum_{j=1}^{n} [k(x_j^\ell, x) \nabla_{x_j^\ell} \log p(x_j^\ell) + \nabla_{x_j^\ell} k(x_j^\ell, x)]
