% Reinforcement Learning: An Introduction, Sutton & Barto (2018), Eq. 3.11: the return from step t of
% an episode ending at T, rewards R_1 ... R_T. The declaration of G (G_0 ... G_{T-1}) is added.
R \in \mathbb{R}^{T}, G \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t \doteq \sum_{k=t+1}^{T} \gamma^{k-t-1} R_k
