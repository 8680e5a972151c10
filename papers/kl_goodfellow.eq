% Deep Learning, Goodfellow, Bengio & Courville (2016), Eq. 3.50: the KL divergence, for discrete P
% and Q given as probability vectors over K outcomes
P, Q \in \mathbb{R}^{K}

D_{\mathrm{KL}}(P \,\|\, Q) = \mathbb{E}_{\mathrm{x} \sim P}\left[\log \frac{P(x)}{Q(x)}\right] = \mathbb{E}_{\mathrm{x} \sim P}[\log P(x) - \log Q(x)]
