% Quadratic objective E(w) = 1/2 w^T A w - b^T w (Nocedal & Wright Eq. 5.2 / conjugate gradient),
% its gradient Aw - b (for symmetric A)
A \in \mathbb{R}^{n \times n}, w, b \in \mathbb{R}^{n}

E = \frac{1}{2} w^\top A w - b^\top w
g = \nabla_w E
