% Circle loss, Sun et al. (2020), Eqs. 4, 5 and 8: K within-class similarities s_p^i and L between-class
% similarities s_n^j, self-paced weights alpha, optima O and margins Delta set by the relaxation m
s_p \in \mathbb{R}^{K}, s_n \in \mathbb{R}^{L}, \gamma, m \in \mathbb{R}

\mathcal{L}_{circle} = \log\left[1 + \sum_{j=1}^{L} \exp(\gamma \alpha_n^j (s_n^j - \Delta_n)) \sum_{i=1}^{K} \exp(-\gamma \alpha_p^i (s_p^i - \Delta_p))\right]
\alpha_p^i = [O_p - s_p^i]_+, \quad \alpha_n^j = [s_n^j - O_n]_+
O_p = 1 + m, O_n = -m, \Delta_p = 1 - m, \Delta_n = m
