% Bishop & Bishop (2024), Sec. 7.4.2 (batch normalization), from memory of the printing: a_{ni} the pre-activation of
% unit i for example n of a mini-batch of K examples, \delta a small constant; shapes from the prose (M units)
a \in \mathbb{R}^{K \times M}, \gamma, \beta \in \mathbb{R}^{M}, \delta \in \mathbb{R}

\mu_i = \frac{1}{K} \sum_{n=1}^{K} a_{ni}
\sigma_i^2 = \frac{1}{K} \sum_{n=1}^{K} (a_{ni} - \mu_i)^2
\hat{a}_{ni} = \frac{a_{ni} - \mu_i}{\sqrt{\sigma_i^2 + \delta}}
\tilde{a}_{ni} = \gamma_i \hat{a}_{ni} + \beta_i
