% The entropy of a categorical policy, SAC-Discrete (Christodoulou, 2019): the argument names the distribution.
\pi \in \mathbb{R}^{A}
H(\pi(\cdot \mid s)) = -\sum_{a} \pi_a \log \pi_a
% ~WARNING W0258
