% PowerNorm, Shen et al. (2020), Eq. 5 (the batch's quadratic mean, no centring) at training, the running
% statistic replaced by the batch's: X the B x d activations of a batch (prose)
X \in \mathbb{R}^{B \times d}, \gamma, \beta \in \mathbb{R}^{d}

\psi_B^2 = \frac{1}{B} \sum_{i=1}^{B} x_i^2
\hat{X} = \frac{X}{\psi_B}
Y = \gamma \odot \hat{X} + \beta
