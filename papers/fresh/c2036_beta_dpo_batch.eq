% beta-DPO, Wu et al. (NeurIPS 2024, "beta-DPO: Direct Preference Optimization with Dynamic beta"), Eqs. 6-7 (from
% memory): the individual reward discrepancy M_i of pair i and the batch-level beta, with \mathbb{E} over the index
% i of the batch; the implicit rewards r(y_w^{(i)}; x^{(i)}) given as B-vectors (prose)
r(y_w^{(i)}; x^{(i)}), r(y_l^{(i)}; x^{(i)}) \in \mathbb{R}^{B}, \alpha, \beta_0, M_0 \in \mathbb{R}

M_i = r(y_w^{(i)}; x^{(i)}) - r(y_l^{(i)}; x^{(i)})
\beta_{\text{batch}} = [1 + \alpha(\mathbb{E}_{i \sim \text{batch}}[M_i] - M_0)] \beta_0
