% Reward-to-go, OpenAI Spinning Up, "Don't let the past distract you": the rewards from step t to the
% end of the trajectory, for every t (a reverse cumulative sum).
r \in \mathbb{R}^{T}

\hat{R}_t = \sum_{t' \ge t} r_{t'}
