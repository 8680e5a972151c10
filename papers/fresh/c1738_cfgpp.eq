% CFG++, Chung et al. (2024), Eqs. 8-9 (the DDIM step with the unconditional noise re-added), from memory of the
% printing; the two noise predictions at x_t given as vectors of D values, \bar\alpha_t, \bar\alpha_{t-1} scalars (prose)
\mathbf{x}_t, \hat{\boldsymbol{\epsilon}}_\varnothing(\mathbf{x}_t), \hat{\boldsymbol{\epsilon}}_c(\mathbf{x}_t) \in \mathbb{R}^{D}, \bar{\alpha}_t, \bar{\alpha}_{t-1}, \lambda \in \mathbb{R}

\hat{\boldsymbol{\epsilon}}^\lambda_c(\mathbf{x}_t) = \hat{\boldsymbol{\epsilon}}_\varnothing(\mathbf{x}_t) + \lambda \left( \hat{\boldsymbol{\epsilon}}_c(\mathbf{x}_t) - \hat{\boldsymbol{\epsilon}}_\varnothing(\mathbf{x}_t) \right)
\hat{\mathbf{x}}^\lambda_c(\mathbf{x}_t) = \left( \mathbf{x}_t - \sqrt{1 - \bar{\alpha}_t} \, \hat{\boldsymbol{\epsilon}}^\lambda_c(\mathbf{x}_t) \right) / \sqrt{\bar{\alpha}_t}
\mathbf{x}_{t-1} = \sqrt{\bar{\alpha}_{t-1}} \, \hat{\mathbf{x}}^\lambda_c(\mathbf{x}_t) + \sqrt{1 - \bar{\alpha}_{t-1}} \, \hat{\boldsymbol{\epsilon}}_\varnothing(\mathbf{x}_t)
