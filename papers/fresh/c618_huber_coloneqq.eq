% Huber loss (Huber, 1964; as in the Fast R-CNN smooth L1 with delta = 1) defined with \coloneqq
x \in \mathbb{R}^{n}

L_\delta(a) \coloneqq \begin{cases} \frac{1}{2}a^2 & \text{if } |a| \le \delta \\ \delta(|a| - \frac{1}{2}\delta) & \text{otherwise} \end{cases}, \quad \text{with } \delta = 1
y = L_\delta(x)
