% Gu et al. 2022, "S4", Eq. 3: the discrete state space model as a recurrence (h_{-1} = 0).
\bar{A} \in \mathbb{R}^{N \times N}, \bar{B} \in \mathbb{R}^{N}, C \in \mathbb{R}^{N}, u \in \mathbb{R}^{L}

x_k = \bar{A} x_{k-1} + \bar{B} u_k
y_k = C x_k
