% Prodigy, Mishchenko & Defazio (2024), Algorithm 3 (Adam version), lines for r_k, s_k, \hat{d}_{k+1} and d_{k+1}
g_k, x_0, x_k, s_{k-1} \in \mathbb{R}^{p}, r_{k-1}, d_k, \gamma_k, \beta_2 \in \mathbb{R}

r_k = \sqrt{\beta_2} r_{k-1} + (1 - \sqrt{\beta_2}) \gamma_k d_k^2 \langle g_k, x_0 - x_k \rangle
s_k = \sqrt{\beta_2} s_{k-1} + (1 - \sqrt{\beta_2}) \gamma_k d_k^2 g_k
\hat{d}_{k+1} = \frac{r_k}{\|s_k\|_1}
d_{k+1} = \max(d_k, \hat{d}_{k+1})
