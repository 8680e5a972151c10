% Retrace(lambda), Munos et al. (2016), Sec. 3: the trace coefficients c_s from the target and behaviour
% policies' probabilities of the actions taken at steps s = 1..T (vectors over s, prose)
\pi, \mu \in \mathbb{R}^{T}, \lambda \in \mathbb{R}

c_s = \lambda \min\left(1, \frac{\pi(a_s|x_s)}{\mu(a_s|x_s)}\right)
