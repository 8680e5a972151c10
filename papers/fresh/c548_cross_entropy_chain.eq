% Cross-entropy as entropy plus divergence, then its formula (Murphy, PML Sec. 6.1.6 / Goodfellow et al. Eq. 3.51),
% p, q discrete distributions over n outcomes (prose)
p, q \in \mathbb{R}^{n}

H(p, q) = H(p) + D_{KL}(p \| q) = -\sum_{x} p(x) \log q(x)
