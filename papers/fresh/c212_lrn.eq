% ImageNet classification with deep CNNs (AlexNet), Krizhevsky et al. (2012), Sec. 3.3: local
% response normalisation; a^i_{x,y} is kernel i at position (x, y), N kernels (prose); the
% constants are the paper's k = 2, n = 5, alpha = 10^{-4}, beta = 0.75
a \in \mathbb{R}^{N \times H \times W}, k = 2, n = 5, \alpha = 10^{-4}, \beta = 0.75

b^i_{x,y} = a^i_{x,y} / \left(k + \alpha \sum_{j=\max(0, i-n/2)}^{\min(N-1, i+n/2)} (a^j_{x,y})^2\right)^\beta
