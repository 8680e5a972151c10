% Wikipedia, "Huber loss" (Definition) as printed, with its \\[4pt] row gap; a the n residuals y - f(x), delta a
% positive threshold (prose). Printing as remembered (not fetched).
a \in \mathbb{R}^{n}, \delta \in \mathbb{R}

L_\delta (a) = \begin{cases}
 \frac{1}{2}{a^2}                   & \text{for } |a| \le \delta, \\[4pt]
 \delta \cdot \left(|a| - \frac{1}{2}\delta\right), & \text{otherwise.}
\end{cases}
