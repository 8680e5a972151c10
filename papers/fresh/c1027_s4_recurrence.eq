% Gu et al. 2022, "S4", Eq. 3: the discrete state space model as a recurrence (h_{-1} = 0).
% The paper's shapes (Eq. 1): A \in R^{N x N}, B \in R^{N x 1}, C \in R^{1 x N}; u is the input sequence of L steps.
\bar{A} \in \mathbb{R}^{N \times N}, \bar{B} \in \mathbb{R}^{N \times 1}, C \in \mathbb{R}^{1 \times N}, u \in \mathbb{R}^{L}

x_k = \bar{A} x_{k-1} + \bar{B} u_k
y_k = C x_k
