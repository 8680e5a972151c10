% Kalman filter update, Kalman (1960) / Welch & Bishop "An Introduction to the Kalman Filter", Eq. 1.11-1.13
P \in \mathbb{R}^{n \times n}, H \in \mathbb{R}^{m \times n}, R \in \mathbb{R}^{m \times m}, \hat{x}^- \in \mathbb{R}^{n}, z \in \mathbb{R}^{m}

K = P H^T (H P H^T + R)^{-1}
\hat{x} = \hat{x}^- + K (z - H \hat{x}^-)
