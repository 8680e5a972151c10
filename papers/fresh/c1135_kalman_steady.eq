% A steady-state Kalman filter (alpha filter) for a constant signal: the estimate after measurement z_t with
% a fixed gain K (Welch & Bishop 2006, Eq. 1.11 with H = 1 and A = 1), \hat{x}_0 given; z the T measurements
z \in \mathbb{R}^{T}, K, \hat{x}_0 \in \mathbb{R}

\hat{x}_t = \hat{x}_{t-1} + K (z_t - \hat{x}_{t-1})
