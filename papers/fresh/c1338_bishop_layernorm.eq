% Bishop & Bishop, Deep Learning: Foundations and Concepts (2024), Sec. 7.4.3 (layer normalization) as
% printed; a_{ni} the pre-activation of unit i for data point n, M units, delta a small constant
a \in \mathbb{R}^{N \times M}, \delta \in \mathbb{R}

\mu_n = \frac{1}{M} \sum_{i=1}^{M} a_{ni}
\sigma_n^2 = \frac{1}{M} \sum_{i=1}^{M} (a_{ni} - \mu_n)^2
\hat{a}_{ni} = \frac{a_{ni} - \mu_n}{\sqrt{\sigma_n^2 + \delta}}
