% Szepesvari (2010), Sec. 2.2.3 (LSTD), from memory of the printing: \varphi_t = \varphi(X_t) for t = 0..n (prose:
% the rows of \varphi), rewards R_1..R_n (given as n numbers); \hat{A}_n, \hat{b}_n, \theta_n
\varphi \in \mathbb{R}^{(n+1) \times d}, R \in \mathbb{R}^{n}, \gamma \in \mathbb{R}

\hat{A}_n = \frac{1}{n} \sum_{t=0}^{n-1} \varphi_t (\varphi_t - \gamma \varphi_{t+1})^\top
\hat{b}_n = \frac{1}{n} \sum_{t=0}^{n-1} R_{t+1} \varphi_t
\theta_n = \hat{A}_n^{-1} \hat{b}_n
