% Sharpness-Aware Minimization, Foret et al. (2021), Eq. 2: the first-order solution of the inner
% maximisation, with q = 2 as in the paper's experiments; L_S is a least-squares training loss (helper)
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w \in \mathbb{R}^{d}, \rho \in \mathbb{R}, q = 2

L_S(w) = \frac{1}{n}\|Xw - y\|_2^2
\hat{\epsilon}(w) = \rho \, \mathrm{sign}\left(\nabla_w L_S(w)\right) |\nabla_w L_S(w)|^{q-1} / \left(\|\nabla_w L_S(w)\|_q^q\right)^{1/q}
