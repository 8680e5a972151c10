% Bradley & Terry: the probability that item i is preferred to item j, one value per pair
\pi \in \mathbb{R}^{n}

P(i \succ j) = \frac{\pi_i}{\pi_i + \pi_j}
% ~WARNING W0483
