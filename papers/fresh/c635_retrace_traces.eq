% Retrace(lambda), Munos et al. (2016), Eq. 4: the truncated importance weights along one trajectory of T steps;
% pi and mu the target and behaviour probabilities of the actions taken
\pi, \mu \in \mathbb{R}^{T}, \lambda \in \mathbb{R}

c_s = \lambda \min\left(1, \frac{\pi(a_s \mid x_s)}{\mu(a_s \mid x_s)}\right)
