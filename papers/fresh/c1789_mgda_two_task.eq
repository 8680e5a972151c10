% Sener & Koltun (NeurIPS 2018), "Multi-Task Learning as Multi-Objective Optimization", Algorithm 1 / Eq. 4
% (two-task min-norm solution), written from memory; theta, \bar\theta the two task gradients \in R^d (prose);
% [a]_{+,1} clips to [0, 1] (prose)
\theta, \bar{\theta} \in \mathbb{R}^{d}

\hat{\alpha} = \left[ \frac{(\bar{\theta} - \theta)^\top \bar{\theta}}{\|\theta - \bar{\theta}\|_2^2} \right]_{+, 1}
