% Boyd & Vandenberghe (2004), Sec. 6.1.2 (the Huber penalty function), from memory of the printing
M \in \mathbb{R}, u \in \mathbb{R}^{m}

\phi_M(u) = \begin{cases} u^2 & |u| \le M \\ M(2|u| - M) & |u| > M \end{cases}
