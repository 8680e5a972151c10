% Double DQN target, van Hasselt et al. (2016), Eq. 4 for one transition: online net picks the action,
% target net evaluates it. q, q^- are the action values of S_{t+1} under \theta_t and \theta_t^-
q, q^- \in \mathbb{R}^{A}, R_{t+1}, \gamma \in \mathbb{R}

Y_t = R_{t+1} + \gamma q^-_{a^*} \quad \text{where } a^* = \operatorname{argmax}_a q_a
