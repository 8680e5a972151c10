% Jensen-Shannon divergence, Lin (1991), as printed (D the Kullback-Leibler divergence, prose)
P, Q \in \mathbb{R}^{n}

\mathrm{JSD}(P \parallel Q) = \frac{1}{2} D(P \parallel M) + \frac{1}{2} D(Q \parallel M), \quad M = \frac{1}{2}(P + Q)
