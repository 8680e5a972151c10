% Proximal operator of the l1 norm (soft thresholding), Parikh & Boyd "Proximal Algorithms" (2014), Sec. 6.5.2
v \in \mathbb{R}^{n}, \lambda \in \mathbb{R}

(\mathbf{prox}_{\lambda f}(v))_i = \operatorname{sign}(v_i) \max(|v_i| - \lambda, 0)
