% Proxy Anchor (Kim et al. 2020), Eq. 4, second term: P all proxies, given by no declaration
s \in \mathbb{R}^{C}
\ell = \frac{1}{|P|} \sum_{p \in P} \log(1 + e^{s_p})
% ~WARNING W0429
% ~WARNING W0147
