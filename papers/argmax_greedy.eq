% Human-level control through deep reinforcement learning, Mnih et al. (2015): the greedy action
% a = argmax_a Q(s, a), of a vector of action values
Q \in \mathbb{R}^{A}

a^* = \operatorname{argmax}(Q)
