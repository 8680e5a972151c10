% Huber loss (Huber, 1964), element-wise on the residual a
a \in \mathbb{R}^{n}, \delta \in \mathbb{R}

L_\delta(a) = \begin{cases} \frac{1}{2}a^2 & \text{for } |a| \le \delta, \\ \delta\left(|a| - \frac{1}{2}\delta\right) & \text{otherwise.} \end{cases}
