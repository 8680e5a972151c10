% Reward-to-go as Spinning Up prints it, with t'
r \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

\hat{R}_t = \sum_{t'=t}^{T} \gamma^{t'-t} r_{t'}
