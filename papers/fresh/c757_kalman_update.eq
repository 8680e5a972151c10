% Kalman filter measurement update, Welch & Bishop (2006, "An Introduction to the Kalman Filter"),
% Table 1-2, Eqs. (2) and (3), with the gain K_k given
\hat{x}_k^- \in \mathbb{R}^{n}, P_k^- \in \mathbb{R}^{n \times n}, K_k \in \mathbb{R}^{n \times m}, H \in \mathbb{R}^{m \times n}, z_k \in \mathbb{R}^{m}

\hat{x}_k = \hat{x}_k^- + K_k(z_k - H \hat{x}_k^-)
P_k = (I - K_k H) P_k^-
