% DDPG, Lillicrap et al. (2016), Algorithm 1: the soft updates of the target networks
\theta^{Q}, \theta^{Q'}, \theta^{\mu}, \theta^{\mu'} \in \mathbb{R}^{d}, \tau \in \mathbb{R}

\theta^{Q'} \leftarrow \tau \theta^{Q} + (1 - \tau) \theta^{Q'}
\theta^{\mu'} \leftarrow \tau \theta^{\mu} + (1 - \tau) \theta^{\mu'}
