% Overcoming catastrophic forgetting (EWC), Kirkpatrick et al. (2017), Eq. 3 as printed (from memory of the
% printing): L_B(theta) the loss of task B alone (given), F the diagonal of the Fisher information, theta^*_A the
% parameters after task A; n parameters (prose: "i labels each parameter")
\mathcal{L}_B(\theta), \lambda \in \mathbb{R}, \theta, F, \theta^*_A \in \mathbb{R}^{n}

\mathcal{L}(\theta) = \mathcal{L}_B(\theta) + \sum_i \frac{\lambda}{2} F_i (\theta_i - \theta^*_{A,i})^2
