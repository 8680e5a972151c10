% DARTS (Liu et al., 2019), Eq. 2: the mixed operation, each candidate's output o(x) given
\alpha \in \mathbb{R}^{K}, o(x) \in \mathbb{R}^{K \times d}
y = \sum_{o} \frac{\exp(\alpha_o)}{\sum_{o'} \exp(\alpha_{o'})} o(x)
% ~WARNING W0459
