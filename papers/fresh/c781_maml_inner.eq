% Model-Agnostic Meta-Learning, Finn et al. (2017), Eq. 1: one inner gradient step on task T_i;
% the task loss is a squared error of a linear model f_\theta(x) = \theta^\top x on the task's K examples (helper)
X \in \mathbb{R}^{K \times d}, y \in \mathbb{R}^{K}, \theta \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\mathcal{L}_{\mathcal{T}_i}(\theta) = \sum_{j=1}^{K} \left(\theta^\top x_j - y_j\right)^2
\theta_i' = \theta - \alpha \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(\theta)
