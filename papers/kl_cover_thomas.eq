% Elements of Information Theory, Cover & Thomas (2006), Eq. 2.26: relative entropy of p and q over
% the alphabet \mathcal{X} (K outcomes, the probability vectors p and q)
p, q \in \mathbb{R}^{K}

D(p\|q) = \sum_{x \in \mathcal{X}} p(x) \log \frac{p(x)}{q(x)}
