% The fraction of active (positive) units, with an indicator
x \in \mathbb{R}^{n}

p = \frac{1}{n}\sum_{i=1}^{n} \mathbb{1}[x_i > 0]
