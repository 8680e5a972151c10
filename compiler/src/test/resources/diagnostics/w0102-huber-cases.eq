% The Huber loss (Huber, 1964) as printed, without an `otherwise` row.
a \in \mathbb{R}^{n}, \delta \in \mathbb{R}
L_\delta(a) = \begin{cases} \frac{1}{2} a^2 & |a| \le \delta \\ \delta (|a| - \frac{1}{2}\delta) & |a| > \delta \end{cases}
% ~WARNING W0102
