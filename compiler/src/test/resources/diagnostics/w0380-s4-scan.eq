% Gu et al. 2022, "S4", Eq. 3: the recurrence over the input sequence u, from a zero state
\bar{A} \in \mathbb{R}^{N \times N}, \bar{B} \in \mathbb{R}^{N}, u \in \mathbb{R}^{L}
x_k = \bar{A} x_{k-1} + \bar{B} u_k
% ~WARNING W0380
