% An L2-regularised loss with the coefficient given after the line (Goodfellow et al., Sec. 7.1.1)
w \in \mathbb{R}^{d}, L \in \mathbb{R}

\tilde{L} = L + \frac{\lambda}{2}\|w\|_2^2, \text{ where } \lambda = 10^{-2}
