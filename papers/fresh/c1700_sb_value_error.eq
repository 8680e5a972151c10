% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 9.1 (mean squared value error) with the linear approximation
% of Eq. 9.8, as printed; mu is the on-policy distribution over the states, x(s) the state's feature vector
\mu \in \mathbb{R}^{S}, v_\pi \in \mathbb{R}^{S}, \mathbf{x} \in \mathbb{R}^{S \times d}, \mathbf{w} \in \mathbb{R}^{d}

\hat{v}(s, \mathbf{w}) \doteq \mathbf{w}^\top \mathbf{x}(s)
\overline{\mathrm{VE}}(\mathbf{w}) \doteq \sum_{s \in \mathcal{S}} \mu(s) \left[ v_\pi(s) - \hat{v}(s, \mathbf{w}) \right]^2
