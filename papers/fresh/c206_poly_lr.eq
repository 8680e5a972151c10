% DeepLab, Chen et al. (2017), Sec. 4.1: the "poly" learning rate policy, the initial rate multiplied
% by (1 - iter/max_iter)^power (written with \eta_0 for the base rate)
\eta = \eta_0 \left(1 - \frac{iter}{max\_iter}\right)^{power}
