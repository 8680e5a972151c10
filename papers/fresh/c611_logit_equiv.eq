% The logit defined with \equiv (Murphy, PML 1, Sec. 2.4.2) and applied to a vector of probabilities
p \in \mathbb{R}^{n}

\mathrm{logit}(p) \equiv \log \frac{p}{1 - p}
z = \mathrm{logit}(p)
