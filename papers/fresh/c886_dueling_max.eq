% Dueling network architectures, Wang et al. (2016), Eq. 8: the max-advantage aggregation; V(s) is the value
% stream's scalar and A(s, a) the advantage stream's vector over the actions (prose)
V \in \mathbb{R}, A \in \mathbb{R}^{n_a}

Q(s, a; \theta, \alpha, \beta) = V(s; \theta, \beta) + \left(A(s, a; \theta, \alpha) - \max_{a' \in |\mathcal{A}|} A(s, a'; \theta, \alpha)\right)
