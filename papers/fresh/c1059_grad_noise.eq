% Adding gradient noise improves learning for very deep networks, Neelakantan et al. (2015), Sec. 2: the
% annealed variance of the Gaussian noise added to the gradient at step t
\eta, \gamma, t \in \mathbb{R}

\sigma_t^2 = \frac{\eta}{(1 + t)^\gamma}
