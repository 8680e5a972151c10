% Improved DDPM, Nichol & Dhariwal (2021), Sec. 3.2: the variances from the cosine schedule's alpha-bar at
% t = 0, ..., T (given), clipped at 0.999
\bar{\alpha} \in \mathbb{R}^{T+1}

\beta_t = \min\left(1 - \frac{\bar{\alpha}_t}{\bar{\alpha}_{t-1}}, 0.999\right) \quad t = 1, \dots, T
