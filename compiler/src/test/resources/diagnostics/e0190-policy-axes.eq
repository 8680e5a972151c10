% A policy declared as a matrix of probabilities, applied to arguments that carry one index: which
% argument selects which axis cannot be told.
\pi \in \mathbb{R}^{T \times K}
r_t = \pi(a_t \mid s_t)
% ~ERROR E0190
