% Aggregated Momentum (Lucas et al. 2019), Eq. 1: the K velocities defined under the label (i), each from its
% own damping factor; the sum over i would read the same whole value K times
u^{(i)} \in \mathbb{R}^{K \times d}, \beta^{(i)} \in \mathbb{R}, \gamma \in \mathbb{R}

v^{(i)} = \beta^{(i)} u^{(i)}
s = \frac{\gamma}{K} \sum_{i=1}^{K} v^{(i)}
% ~ERROR E0350
