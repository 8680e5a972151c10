% Exploring the Limits of Transfer Learning (T5), Raffel et al. (2020), Section 3.1.2: the inverse
% square root learning rate schedule, n the current training iteration and k the number of warm-up steps
n, k \in \mathbb{Z}

\eta = 1 / \sqrt{\max(n, k)}
