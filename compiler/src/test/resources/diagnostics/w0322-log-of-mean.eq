% Burda et al. (2016), Eq. 8: the log of the mean importance weight, printed without parentheses.
w \in \mathbb{R}^{k}
\mathcal{L}_k = \log \frac{1}{k}\sum_{i=1}^{k} w_i
% ~WARNING W0322
