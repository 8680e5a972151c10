% Boltzmann (softmax) exploration, Sutton & Barto (2018), Eq. 2.11 with temperature tau
Q \in \mathbb{R}^{k}, \tau \in \mathbb{R}

\pi(a) = \frac{e^{Q(a)/\tau}}{\sum_{b=1}^{k} e^{Q(b)/\tau}}
