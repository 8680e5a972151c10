% MAML (Finn et al. 2017), Sec. 3.1: the squared error of a linear model over the K examples drawn from a task
x \in \mathbb{R}^{K \times d}, y \in \mathbb{R}^{K}, \theta \in \mathbb{R}^{d}

L = \sum_{x^{(j)}, y^{(j)} \sim \mathcal{T}_i} (\theta^T x^{(j)} - y^{(j)})^2
% ~WARNING W0447
% ~WARNING W0102
% ~WARNING W0102
