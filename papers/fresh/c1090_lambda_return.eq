% Sutton & Barto (2018), Eq. 12.18 (the recursive lambda-return) for an episode of T steps, with the
% bootstrap at the end G^\lambda_{T} = 0; R_{t+1} and V(S_{t+1}) given per step (prose)
R \in \mathbb{R}^{T}, V \in \mathbb{R}^{T}, \gamma, \lambda \in \mathbb{R}

G^\lambda_t = R_{t+1} + \gamma\left((1 - \lambda) V_{t+1} + \lambda G^\lambda_{t+1}\right)
