% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 2.10 (upper-confidence-bound action selection), from memory of
% the printing; Q_t and N_t hold one value per action (k arms), per the text around it
Q_t \in \mathbb{R}^{k}, N_t \in \mathbb{R}^{k}, t \in \mathbb{R}, c \in \mathbb{R}

A_t \doteq \underset{a}{\operatorname{argmax}} \left[ Q_t(a) + c \sqrt{\frac{\ln t}{N_t(a)}} \right]
