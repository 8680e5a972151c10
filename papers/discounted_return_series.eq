% Sutton & Barto (2018), Eq. 3.8 written as the series: the discounted return from step t with rewards
% R_1 ... R_T (terms past the end of the episode are zero).
R \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t = \sum_{k=0}^{\infty} \gamma^k R_{t+k+1}
