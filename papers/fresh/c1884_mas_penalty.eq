% Memory Aware Synapses, Aljundi et al. (2018), Eq. 3 (the loss when learning task n), from memory of the printing:
% Omega_ij the importance of parameter theta_ij, theta*_ij its value after the previous tasks; L_n(theta) the loss
% of the new task (given as a number)
\theta, \theta^*, \Omega \in \mathbb{R}^{p \times q}, L_n(\theta) \in \mathbb{R}, \lambda = 0.5

L(\theta) = L_n(\theta) + \lambda \sum_{i,j} \Omega_{ij} (\theta_{ij} - \theta_{ij}^*)^2
