% iCaRL, Rebuffi et al. (2017), Algorithm 1 (nearest-mean-of-exemplars classification), from memory of the
% printing: the class of x is the label y in 1..t whose exemplar mean mu_y is nearest to the feature phi(x)
\varphi(x) \in \mathbb{R}^{d}, \mu \in \mathbb{R}^{t \times d}

y^* = \operatorname*{argmin}_{y=1,\dots,t} \|\varphi(x) - \mu_y\|
