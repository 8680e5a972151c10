% Variance as the difference of moments (labml's layer-norm notes): Var[X] = E[X^2] - E[X]^2
X \in \mathbb{R}^{n}

Var[X] = \mathbb{E}[X^2] - \mathbb{E}[X]^2
