% Swish (Ramachandran, Zoph & Le, 2017, Eq. 1): f(x) = x · σ(βx), with a trainable β
x \in \mathbb{R}^{d}, \beta \in \mathbb{R}

f(x) = x\sigma(\beta x)
