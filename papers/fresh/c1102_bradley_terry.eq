% Bradley & Terry (1952), the paired-comparison model: the probability that item i is preferred to item j
% from the positive worths pi of n items (prose)
\pi \in \mathbb{R}^{n}

P(i \succ j) = \frac{\pi_i}{\pi_i + \pi_j}
