% Adding Gradient Noise Improves Learning for Very Deep Networks, Neelakantan et al. (2015), Eq. 1-2:
% the annealed variance of the noise added to the gradient at step t
\eta, \gamma \in \mathbb{R}, t \in \mathbb{Z}

\sigma_t^2 = \frac{\eta}{(1 + t)^\gamma}
