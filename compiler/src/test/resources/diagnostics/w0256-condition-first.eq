% A3C, Mnih et al. (2016): the entropy of the policy at each of T states, pi a T x A table.
\pi \in \mathbb{R}^{T \times A}
H_t = -\sum_{a} \pi(a \mid s_t) \log \pi(a \mid s_t)
% ~WARNING W0190
% ~WARNING W0190
% ~WARNING W0256
% ~WARNING W0256
