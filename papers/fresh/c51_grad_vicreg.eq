% VICReg, Bardes et al. (2022), Eq. 1-2: variance regularisation of a batch Z of n embeddings
% of dimension d; z^j the j-th column, S the regularised standard deviation
Z \in \mathbb{R}^{n \times d}, \gamma = 1, \epsilon = 0.0001

S(x, \epsilon) = \sqrt{\mathrm{Var}(x) + \epsilon}
v(Z) = \frac{1}{d} \sum_{j=1}^{d} \max(0, \gamma - S(Z_{:,j}, \epsilon))
V = v(Z)
g = \nabla_{Z} V
