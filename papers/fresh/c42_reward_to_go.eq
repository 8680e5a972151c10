% Reward-to-go (discounted return from step t), Sutton & Barto (2018) Eq. 3.8 / OpenAI Spinning Up:
% \hat{R}_t = \sum_{t'=t}^{T} \gamma^{t'-t} r_{t'}
r \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t = \sum_{k=t}^{T} \gamma^{k-t} r_k
