% Greedy action selection, Sutton & Barto (2018), Eq. 2.2: the action of largest estimated value over k actions
Q_t \in \mathbb{R}^{k}

A_t \doteq \underset{a}{\arg\max} \, Q_t(a)
