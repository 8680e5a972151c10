% MAML, Finn, Abbeel & Levine (2017), Eq. 1: the inner (task-adapted) update as printed; the gradient of task
% T_i's loss at theta given (one gradient step), d parameters (prose)
\theta, \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(f_\theta) \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\theta_i' = \theta - \alpha \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(f_\theta)
