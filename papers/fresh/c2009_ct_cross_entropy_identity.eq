% Cover & Thomas (2nd ed.), Sec. 2.3 Eq. 2.26 and the cross-entropy identity as used in ML: the relative entropy of
% two pmfs over K outcomes, the entropy, and H(p, q) = H(p) + D(p||q), from memory; p, q in R^K (declared)
p, q \in \mathbb{R}^{K}

D(p\|q) = \sum_{i=1}^{K} p_i \log \frac{p_i}{q_i}
H(p) = -\sum_{i=1}^{K} p_i \log p_i
H(p, q) = H(p) + D(p\|q)
