% Exponential linear unit (Clevert, Unterthiner & Hochreiter, 2016, Eq. 15)
x \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\mathrm{ELU}(x) = \begin{cases} x & \text{if } x > 0 \\ \alpha(\exp(x) - 1) & \text{if } x \le 0 \end{cases}
