% AdamP, Heo et al. (2021), Eq. 12 / Algorithm 1: the projection removing the radial component of an update x
% along the weight theta
\theta, x \in \mathbb{R}^{d}

\hat{\theta} = \theta / \|\theta\|_2
\Pi_\theta(x) := x - (\hat{\theta} \cdot x)\hat{\theta}
