% lambda-return, recursive form, Sutton & Barto (2018), Eq. 12.18 with v the value estimates
R, v \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

G^\lambda_t = R_{t+1} + \gamma \left((1 - \lambda) v_{t+1} + \lambda G^\lambda_{t+1}\right)
