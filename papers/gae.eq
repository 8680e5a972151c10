% Generalized advantage estimation, Schulman et al. (2016), Eq. 16: the estimator for a trajectory
% of T TD residuals \delta^V_0 ... \delta^V_{T-1} (terms past the end of the trajectory are zero).
% The declaration of \hat{A} (one value per step) is added.
\delta^V \in \mathbb{R}^{T}, \hat{A} \in \mathbb{R}^{T}, \gamma, \lambda \in \mathbb{R}

\hat{A}_t^{\mathrm{GAE}(\gamma, \lambda)} := \sum_{l=0}^{\infty} (\gamma\lambda)^l \delta_{t+l}^V
