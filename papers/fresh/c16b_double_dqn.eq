% Double DQN target written with one-hot selection: q^- at the argmax of q
q, q^- \in \mathbb{R}^{A}, R_{t+1}, \gamma \in \mathbb{R}

a^* = \operatorname{argmax}_a q_a
Y_t = R_{t+1} + \gamma \sum_a \mathbb{1}[a = a^*] q^-_a
