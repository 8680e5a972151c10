% Su et al. (2024), RoFormer, Eq. 15 (frequencies), pasted from the printing; d from prose
\Theta = \left\{ \theta_i = 10000^{-2(i-1)/d}, i \in [1, 2, \ldots, d/2] \right\}
