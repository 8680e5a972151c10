% The entropy of a categorical policy at one state, as in SAC-Discrete (Christodoulou, 2019), Eq. 9 under the
% expectation: pi the probabilities of the A actions
\pi \in \mathbb{R}^{A}

H(\pi(\cdot \mid s)) = -\sum_{a} \pi(a \mid s) \log \pi(a \mid s)
