% PGD, Madry et al. (2018), Eq. 2: one step of projected gradient descent on the negative loss for an
% l_inf-bounded adversary, S = {delta : ||delta||_inf <= epsilon} the allowed perturbations (prose)
x, x^t, \nabla_x L(\theta, x, y) \in \mathbb{R}^{d}, \alpha, \epsilon \in \mathbb{R}

\mathcal{S} = \{\delta : \|\delta\|_\infty \le \epsilon\}
x^{t+1} = \Pi_{x+\mathcal{S}} \left( x^t + \alpha \operatorname{sgn}(\nabla_x L(\theta, x, y)) \right)
