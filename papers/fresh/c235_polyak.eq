% Continuous control with deep RL (DDPG), Lillicrap et al. (2016), Algorithm 1: soft target updates
\theta^Q, \theta^{Q'} \in \mathbb{R}^{p}, \theta^\mu, \theta^{\mu'} \in \mathbb{R}^{q}, \tau \in \mathbb{R}

\theta^{Q'} \leftarrow \tau \theta^Q + (1 - \tau) \theta^{Q'}
\theta^{\mu'} \leftarrow \tau \theta^\mu + (1 - \tau) \theta^{\mu'}
