% XGBoost, Chen & Guestrin (2016), Eqs. 5-6 (optimal leaf weight and the structure score), pasted from the
% printing; the leaf q(x_i) of each of the n instances given as the integer vector q (prose, I_j = {i | q(x_i) = j})
g, h \in \mathbb{R}^{n}, q \in \{1, \ldots, T\}^{n}, \lambda = 1, \gamma = 0.1

I_j = \{i | q(\mathbf{x}_i) = j\}
w_j^* = -\frac{\sum_{i \in I_j} g_i}{\sum_{i \in I_j} h_i + \lambda}
\tilde{\mathcal{L}}^{(t)}(q) = -\frac{1}{2} \sum_{j=1}^{T} \frac{(\sum_{i \in I_j} g_i)^2}{\sum_{i \in I_j} h_i + \lambda} + \gamma T
