% Elastic net (Zou & Hastie 2005), as glmnet writes the objective
X \in \mathbb{R}^{n \times p}, y \in \mathbb{R}^{n}, \beta \in \mathbb{R}^{p}, \lambda, \alpha \in \mathbb{R}

L(\beta) = \frac{1}{2n}\|y - X\beta\|_2^2 + \lambda\left(\frac{1 - \alpha}{2}\|\beta\|_2^2 + \alpha\|\beta\|_1\right)
