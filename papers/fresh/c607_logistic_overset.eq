% Logistic regression with the sigmoid defined by \overset{\text{def}}{=} and its range (Bishop, Eq. 4.59)
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{d}, b \in \mathbb{R}

\sigma(a) \overset{\text{def}}{=} \frac{1}{1 + \exp(-a)} \in (0, 1)
p = \sigma(\mathbf{w}^\top \mathbf{x} + b)
