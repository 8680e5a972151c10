% Deep RL with double Q-learning (van Hasselt et al. 2016), Eq. 4: the online network picks, the target network values
Q(S_{t+1}, a; \theta_t), Q(S_{t+1}, a; \theta'_t) \in \mathbb{R}^{A}, R_{t+1}, \gamma \in \mathbb{R}
Y_t = R_{t+1} + \gamma Q(S_{t+1}, \operatorname*{argmax}_a Q(S_{t+1}, a; \theta_t); \theta'_t)
% ~WARNING W0418
