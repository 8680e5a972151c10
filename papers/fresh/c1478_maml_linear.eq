% MAML, Finn et al. (2017), Eqs. 1-2 and Sec. 3.1 (MSE loss), worked for a linear model f_theta(x) = theta^T x on
% one task's K examples (x^{(j)}, y^{(j)}) (as printed in Sec. 3.1: the loss sum over j of the squared error); the
% adapted parameters after one step; d features
\mathbf{x} \in \mathbb{R}^{K \times d}, \mathbf{y} \in \mathbb{R}^{K}, \theta \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\mathcal{L}_{\mathcal{T}_i}(\theta) = \sum_{\mathbf{x}^{(j)}, \mathbf{y}^{(j)} \sim \mathcal{T}_i} \| \theta^T \mathbf{x}^{(j)} - \mathbf{y}^{(j)} \|_2^2
\theta_i' = \theta - \alpha \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(\theta)
