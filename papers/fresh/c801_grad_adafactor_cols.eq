% Adafactor, Shazeer & Stern (2018), Algorithm 4, the column statistic as printed, and (a check of
% gradients, not in the paper) the gradient of a loss through it with respect to the gradient matrix
G_t \in \mathbb{R}^{n \times m}, C_{t-1} \in \mathbb{R}^{m}, \hat{\beta}_{2t} \in \mathbb{R}, \epsilon_1 = 10^{-30}

C_t = \hat{\beta}_{2t} C_{t-1} + (1 - \hat{\beta}_{2t}) 1_n^\top (G_t^2 + \epsilon_1 1_n 1_m^\top)
L = \sum_j \tanh(C_t)_j
g = \nabla_{G_t} L
