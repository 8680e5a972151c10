% Aggregated Momentum (Lucas et al. 2019): the K velocities declared whole with (i) in their name
v^{(i)} \in \mathbb{R}^{K \times d}, \gamma \in \mathbb{R}

s = \frac{\gamma}{K} \sum_{i=1}^{K} v^{(i)}
% ~ERROR E0350
