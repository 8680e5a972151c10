% Inverted dropout at training time: keep mask m (0/1 entries), drop probability p, scaled by 1/(1-p)
y, m \in \mathbb{R}^{d}, p \in \mathbb{R}

\tilde{y} = \frac{1}{1 - p} m \odot y
