% Blondel and Roulet's logistic loss: e_y is the one-hot vector of the label y
\theta \in \mathbb{R}^{M}, y \in [M]

l = \log \sum_{j=1}^{M} \exp(\theta_j) - \langle \theta, e_y \rangle
% ~WARNING W0499
