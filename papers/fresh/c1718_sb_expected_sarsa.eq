% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 6.9 (Expected Sarsa's target), the bracketed target as
% printed, for one next state whose action values and policy are given as vectors over the actions
R_{t+1} \in \mathbb{R}, \gamma \in \mathbb{R}, Q(S_{t+1}, a) \in \mathbb{R}^{A}, \pi(a \mid S_{t+1}) \in \mathbb{R}^{A}

G = R_{t+1} + \gamma \sum_a \pi(a \mid S_{t+1}) Q(S_{t+1}, a)
