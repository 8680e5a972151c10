% The dueling network's mean over the actions: |\mathcal{A}| is the number of actions, n_a.
A \in \mathbb{R}^{n_a}
m = \frac{1}{|\mathcal{A}|} \sum_{a'} A_{a'}
% ~WARNING W0192
