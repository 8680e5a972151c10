% Agarwal et al. (2022 draft), Sec. 1.1.? (Bellman consistency in matrix form), from memory of the printing:
% Q^pi = (I - gamma P^pi)^{-1} r with P^pi the |S||A| x |S||A| transition matrix of the state-action pairs
P^\pi \in \mathbb{R}^{n \times n}, r \in \mathbb{R}^{n}, \gamma \in \mathbb{R}

Q^\pi = (I - \gamma P^\pi)^{-1} r
