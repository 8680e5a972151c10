% Sutton & Barto, Eqs. 9.1 and 9.8: the linear value function's s only picks the row of the features
\mu \in \mathbb{R}^{S}, v_\pi \in \mathbb{R}^{S}, \mathbf{x} \in \mathbb{R}^{S \times d}, \mathbf{w} \in \mathbb{R}^{d}
\hat{v}(s, \mathbf{w}) \doteq \mathbf{w}^\top \mathbf{x}(s)
% ~WARNING W0161
\overline{\mathrm{VE}}(\mathbf{w}) \doteq \sum_{s} \mu_s \left[ (v_\pi)_s - \hat{v}(s, \mathbf{w}) \right]^2
% ~WARNING W0388
