% Bhattacharyya distance between discrete distributions, Bhattacharyya (1943)
p, q \in \mathbb{R}^{n}

D_B(p, q) = -\ln\left(\sum_{x} \sqrt{p(x) q(x)}\right)
