% Sutton & Barto (2018), Eq. 2.10: upper-confidence-bound action selection over k actions (prose:
% Q_t(a) and N_t(a) are per-action estimates and counts)
Q_t, N_t \in \mathbb{R}^{k}, c \in \mathbb{R}, t \in \mathbb{N}

A_t \doteq \underset{a}{\arg\max} \left[ Q_t(a) + c \sqrt{\frac{\ln t}{N_t(a)}} \right]
