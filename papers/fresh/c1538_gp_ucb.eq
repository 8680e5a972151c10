% GP-UCB, Srinivas et al. (2010), Algorithm 1 line 3 as printed (from memory of the printing): choose the candidate
% maximising the posterior mean plus beta_t^{1/2} times the posterior deviation; D a finite set of m candidates whose
% means and deviations are given (prose)
\mu_{t-1}(\mathbf{x}), \sigma_{t-1}(\mathbf{x}) \in \mathbb{R}^{m}, \beta_t \in \mathbb{R}

\mathbf{x}_t = \underset{\mathbf{x} \in D}{\operatorname{argmax}} \; \mu_{t-1}(\mathbf{x}) + \beta_t^{1/2} \sigma_{t-1}(\mathbf{x})
