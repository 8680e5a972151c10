% Deep Learning, Goodfellow et al. (2016), Eq. 3.50 with the definition sign of textbooks:
% the KL divergence of discrete distributions P and Q
P, Q \in \mathbb{R}^{n}

D \stackrel{\textrm{def}}{=} D_{\mathrm{KL}}(P \,\|\, Q)
