% GAE's sum to infinity, read to the end of the trajectory; terms past the end are 0.
\delta \in \mathbb{R}^{T}, A \in \mathbb{R}^{T}, \gamma, \lambda \in \mathbb{R}
A_t = \sum_{l=0}^{\infty} (\gamma\lambda)^l \delta_{t+l}
% ~WARNING W0172
% ~WARNING W0170
