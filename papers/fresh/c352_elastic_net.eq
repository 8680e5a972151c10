% Elastic net penalty, Zou & Hastie (2005), Eq. 3 with the least-squares loss
y \in \mathbb{R}^{n}, X \in \mathbb{R}^{n \times p}, \beta \in \mathbb{R}^{p}, \lambda_1, \lambda_2 \in \mathbb{R}

L(\lambda_1, \lambda_2, \beta) = |y - X\beta|^2 + \lambda_2 |\beta|^2 + \lambda_1 |\beta|_1
