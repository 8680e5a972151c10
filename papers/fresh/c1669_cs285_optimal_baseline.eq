% Berkeley CS285 (Levine), Lecture 5 "Policy Gradients", analyzing variance (the optimal baseline), from memory of the
% slide: g(tau) the grad-log-probability component and r(tau) the return of N sampled trajectories (prose: the
% expectations are estimated by sample averages)
g(\tau), r(\tau) \in \mathbb{R}^{N}

b = \frac{E[g(\tau)^2 r(\tau)]}{E[g(\tau)^2]}
