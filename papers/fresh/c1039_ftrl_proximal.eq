% Ad click prediction: a view from the trenches, McMahan et al. (2013), Algorithm 1 (FTRL-Proximal with L1 and
% L2), the per-coordinate weights from the accumulated z_i and n_i
z, n \in \mathbb{R}^{d}, \alpha, \beta, \lambda_1, \lambda_2 \in \mathbb{R}

w_{t,i} = \begin{cases} 0 & \text{if } |z_i| \le \lambda_1 \\ -\left(\frac{\beta + \sqrt{n_i}}{\alpha} + \lambda_2\right)^{-1} (z_i - \operatorname{sgn}(z_i)\lambda_1) & \text{otherwise.} \end{cases}
