% Circle loss, Sun et al. (2020), Eq. 1: the unified loss over K within-class similarities s_p and L
% between-class similarities s_n, scale gamma and margin m
s_p \in \mathbb{R}^{K}, s_n \in \mathbb{R}^{L}, \gamma, m \in \mathbb{R}

\mathcal{L}_{uni} = \log \left[ 1 + \sum_{i=1}^{K} \sum_{j=1}^{L} \exp(\gamma (s_n^j - s_p^i + m)) \right]
