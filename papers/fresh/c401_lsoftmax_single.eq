% Large-margin softmax (L-Softmax), Liu et al. (2016), Eq. 4 for one sample x of label y with psi(theta) =
% cos(m theta) (the paper's psi on [0, pi/m], written as the plain cosine of m theta); theta_j the angle
% between W_j and x (prose), W_j the rows of W here
\boldsymbol{x} \in \mathbb{R}^{d}, W \in \mathbb{R}^{C \times d}, \theta \in \mathbb{R}^{C}, y \in \{1, \dots, C\}, m \in \mathbb{R}

\psi(\theta) = \cos(m\theta)
L_i = -\log\left(\frac{e^{\|W_{y}\|\|\boldsymbol{x}\|\psi(\theta_{y})}}{e^{\|W_{y}\|\|\boldsymbol{x}\|\psi(\theta_{y})} + \sum_{j \neq y} e^{\|W_j\|\|\boldsymbol{x}\|\cos(\theta_j)}}\right)
