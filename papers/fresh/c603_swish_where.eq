% Swish, Ramachandran et al. (2017), Sec. 4, with the sigmoid defined after it; beta a constant
x \in \mathbb{R}^{d}, \beta \in \mathbb{R}

f(x) = x \cdot \sigma(\beta x), \quad \text{where } \sigma(z) = (1 + \exp(-z))^{-1}
