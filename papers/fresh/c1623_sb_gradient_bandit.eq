% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 2.11 (soft-max over the action preferences H_t), as printed,
% with k actions
H_t \in \mathbb{R}^{k}

\Pr\{A_t = a\} \doteq \frac{e^{H_t(a)}}{\sum_{b=1}^{k} e^{H_t(b)}} \doteq \pi_t(a)
