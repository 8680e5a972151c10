% Dueling network architectures, Wang et al. (2016), Eq. 9: V(s; ...) and A(s, a; ...) are the two
% streams' outputs for one state, declared as a value and a vector over the n_a actions.
V \in \mathbb{R}, A \in \mathbb{R}^{n_a}

Q(s, a; \theta, \alpha, \beta) = V(s; \theta, \beta) + \left(A(s, a; \theta, \alpha) - \frac{1}{|\mathcal{A}|}\sum_{a'} A(s, a'; \theta, \alpha)\right)
