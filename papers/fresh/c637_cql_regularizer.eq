% CQL(H), Kumar et al. (2020), Eq. 4: the conservative term over a batch of B states and A discrete actions;
% Q the table of values, the behaviour policy's probabilities given per state
Q \in \mathbb{R}^{B \times A}, \hat{\pi}_\beta \in \mathbb{R}^{B \times A}, \alpha \in \mathbb{R}

R = \alpha \mathbb{E}_{s \sim \mathcal{D}}\left[\log \sum_a \exp(Q(s, a)) - \mathbb{E}_{a \sim \hat{\pi}_\beta(a \mid s)}\left[Q(s, a)\right]\right]
