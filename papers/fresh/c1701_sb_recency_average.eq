% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 2.6 (exponential recency-weighted average), the last line as
% printed; R_1..R_n the rewards
R \in \mathbb{R}^{n}, Q_1 \in \mathbb{R}, \alpha \in \mathbb{R}

Q_{n+1} = (1 - \alpha)^n Q_1 + \sum_{i=1}^{n} \alpha (1 - \alpha)^{n-i} R_i
