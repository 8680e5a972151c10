% Prioritized experience replay, Schaul et al. (2016), Eq. 1 and Sec. 3.4: sampling probabilities from the
% priorities p_i of N transitions, and the importance-sampling weights normalised by their maximum
p \in \mathbb{R}^{N}, \alpha, \beta \in \mathbb{R}

P(i) = \frac{p_i^\alpha}{\sum_k p_k^\alpha}
w_i = \left(\frac{1}{N} \cdot \frac{1}{P(i)}\right)^\beta
\tilde{w}_i = w_i / \max_j w_j
