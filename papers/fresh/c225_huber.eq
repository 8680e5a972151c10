% Huber loss, Huber (1964), as printed in most references: quadratic for small residuals a, linear beyond delta
L_\delta(a) = \begin{cases} \frac{1}{2} a^2 & \text{for } |a| \le \delta, \\ \delta \left(|a| - \frac{1}{2}\delta\right), & \text{otherwise.} \end{cases}
