% Critic Regularized Regression, Wang et al. (2020), Sec. 3: the binary filter f = 1[A(s, a) > 0] of the
% advantage estimates of B samples, and the exponential filter exp(A/beta) clipped at 20 (Sec. 4)
\hat{A}_\theta \in \mathbb{R}^{B}, \beta \in \mathbb{R}

f_{\text{binary}} = \mathbb{1}[\hat{A}_\theta > 0]
f_{\text{exp}} = \min(\exp(\hat{A}_\theta / \beta), 20)
