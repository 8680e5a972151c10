% Adam-atan2, Everett et al. (2024), Sec. 4.4: the update with atan2 in place of the epsilon-guarded division,
% on bias-corrected moments of the parameter's shape d; a, b scalars
\theta_{t-1}, \hat{m}_t, \hat{v}_t \in \mathbb{R}^{d}, \eta, a, b \in \mathbb{R}

\theta_t = \theta_{t-1} - \eta \cdot a \cdot \operatorname{atan2}(\hat{m}_t, b \cdot \sqrt{\hat{v}_t})
