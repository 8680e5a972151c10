% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 2.3 (incremental sample average), as printed
Q_n \in \mathbb{R}, R_n \in \mathbb{R}, n \in \mathbb{R}

Q_{n+1} = Q_n + \frac{1}{n} \Big[ R_n - Q_n \Big]
