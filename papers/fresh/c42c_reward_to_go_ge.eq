% Reward-to-go written with a condition under the sum: \sum_{k \ge t}
r \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t = \sum_{k \geq t} \gamma^{k-t} r_k
