% Continual learning through synaptic intelligence, Zenke, Poole & Ganguli (2017), Eqs. 4 and 5 as printed (from
% memory of the printing): per-parameter importance Omega_k^mu from the path integrals omega_k^nu and the total
% drift Delta_k^nu of the previous tasks nu < mu; the surrogate loss of task mu. n parameters, tasks
% nu = 1..mu-1 given as rows (prose); L_mu the task's loss (given), tilde theta_k the reference (previous) weights
\omega, \Delta \in \mathbb{R}^{M \times n}, \theta, \tilde{\theta} \in \mathbb{R}^{n}, L_\mu, c, \xi \in \mathbb{R}, \mu = 4

\Omega_k^\mu = \sum_{\nu < \mu} \frac{\omega_k^\nu}{(\Delta_k^\nu)^2 + \xi}
\tilde{L}_\mu = L_\mu + c \sum_k \Omega_k^\mu (\tilde{\theta}_k - \theta_k)^2
