% Proxy Anchor (Kim et al. 2020), Eq. 4: P^+ the proxies with positives in the batch, as a 0/1 vector
s \in \mathbb{R}^{C}, P^+ \in \{0,1\}^{C}
\ell = \sum_{p \in P^+} \log(1 + e^{s_p})
% ~WARNING W0417
