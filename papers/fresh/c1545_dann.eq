% DANN, Ganin et al. (2016, JMLR), Eq. 9 as printed (from memory of the printing): the label losses L_y^i of the n
% source examples, the domain losses L_d^i of the n source and n' target examples (i = 1..N, N = n + n'), weighed by
% lambda; each loss given as its value (prose)
L_y \in \mathbb{R}^{n}, L_d \in \mathbb{R}^{N}, n' , \lambda \in \mathbb{R}

E(\theta_f, \theta_y, \theta_d) = \frac{1}{n} \sum_{i=1}^{n} L_y^i(\theta_f, \theta_y) - \lambda \left( \frac{1}{n} \sum_{i=1}^{n} L_d^i(\theta_f, \theta_d) + \frac{1}{n'} \sum_{i=n+1}^{N} L_d^i(\theta_f, \theta_d) \right)
