% Kalman filter measurement update, Welch & Bishop (2006), Table 1-2: k is the step the declared names carry.
\hat{x}_k^- \in \mathbb{R}^{n}, K_k \in \mathbb{R}^{n \times m}, H \in \mathbb{R}^{m \times n}, z_k \in \mathbb{R}^{m}
\hat{x}_k = \hat{x}_k^- + K_k(z_k - H \hat{x}_k^-)
% ~WARNING W0286
