% Total variation distance between discrete distributions (Levin, Peres & Wilmer, Prop. 4.2)
\mu, \nu \in \mathbb{R}^{n}

\|\mu - \nu\|_{TV} = \frac{1}{2} \sum_{x} |\mu(x) - \nu(x)|
