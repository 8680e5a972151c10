% Boyd & Vandenberghe, Convex Optimization (2004), Sec. 7.1.1 (logistic regression), from memory of the printing:
% the data ordered so that y = 1 for u_1, ..., u_q (prose); u_i \in R^n (prose), stacked here as the rows of u (m x n)
a \in \mathbb{R}^{n}, b \in \mathbb{R}, u \in \mathbb{R}^{m \times n}, q \in \mathbb{N}

l(a, b) = \sum_{i=1}^{q} (a^T u_i + b) - \sum_{i=1}^{m} \log(1 + \exp(a^T u_i + b))
