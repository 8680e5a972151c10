% Kalman filter time update (predict), Welch & Bishop (2006), Table 1-1, Eqs. (1) and (2)
A \in \mathbb{R}^{n \times n}, B \in \mathbb{R}^{n \times l}, \hat{x}_{k-1} \in \mathbb{R}^{n}, u_{k-1} \in \mathbb{R}^{l}, P_{k-1} \in \mathbb{R}^{n \times n}, Q \in \mathbb{R}^{n \times n}

\hat{x}_k^- = A \hat{x}_{k-1} + B u_{k-1}
P_k^- = A P_{k-1} A^T + Q
