% Acceleration of stochastic approximation by averaging, Polyak & Juditsky (1992), Eq. 3: the average of the
% iterates x_0, ..., x_{t-1} (one per row, prose)
x \in \mathbb{R}^{t \times d}

\bar{x}_t = \frac{1}{t} \sum_{i=0}^{t-1} x_i
