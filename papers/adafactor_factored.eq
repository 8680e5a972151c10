% Adafactor, Shazeer & Stern (2018), Algorithm 4 (weight matrices), the factored second-moment lines:
% row and column sums of the squared gradient (squaring is element-wise, as the paper says);
% 1_n is the all-ones vector of length n; \hat{\beta}_{2t} is the decay at step t.
G_t \in \mathbb{R}^{n \times m}, R_{t-1} \in \mathbb{R}^{n}, C_{t-1} \in \mathbb{R}^{m}, \hat{\beta}_{2t} \in \mathbb{R}, \epsilon_1 = 10^{-30}

R_t = \hat{\beta}_{2t} R_{t-1} + (1 - \hat{\beta}_{2t})(G_t^2 + \epsilon_1 1_n 1_m^\top) 1_m
C_t = \hat{\beta}_{2t} C_{t-1} + (1 - \hat{\beta}_{2t}) 1_n^\top (G_t^2 + \epsilon_1 1_n 1_m^\top)
\hat{V}_t = R_t C_t / 1_n^\top R_t
