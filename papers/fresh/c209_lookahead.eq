% Lookahead optimizer, Zhang et al. (2019), Algorithm 1: the slow-weights update after k inner steps
\phi_{t-1}, \theta_{t,k} \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\phi_t \leftarrow \phi_{t-1} + \alpha(\theta_{t,k} - \phi_{t-1})
