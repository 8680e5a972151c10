% Circle loss, Sun et al. (2020), Eq. 4 and the weights of Eq. 5 and margins of Eq. 8, pasted from the printing;
% K within-class similarities s_p^i and L between-class similarities s_n^j (the superscripts index them, prose)
s_p \in \mathbb{R}^{K}, s_n \in \mathbb{R}^{L}, \gamma = 2, m = 0.25

\mathcal{L}_{circle} = \log\left[1 + \sum_{j=1}^{L} \exp(\gamma \alpha_n^j (s_n^j - \Delta_n)) \sum_{i=1}^{K} \exp(-\gamma \alpha_p^i (s_p^i - \Delta_p))\right]
\alpha_p^i = [O_p - s_p^i]_+, \quad \alpha_n^j = [s_n^j - O_n]_+
O_p = 1 + m, \quad O_n = -m, \quad \Delta_p = 1 - m, \quad \Delta_n = m
