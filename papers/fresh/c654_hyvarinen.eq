% Score matching, Hyvarinen (2005), Eq. 4 as written in Song & Ermon (2019), Eq. 1, for one data point:
% the score model is linear (helper), so its Jacobian is W
\mathbf{x} \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}

\mathbf{s}_{\boldsymbol{\theta}}(\mathbf{x}) = W\mathbf{x}
J = \mathrm{tr}(\nabla_{\mathbf{x}} \mathbf{s}_{\boldsymbol{\theta}}(\mathbf{x})) + \frac{1}{2}\|\mathbf{s}_{\boldsymbol{\theta}}(\mathbf{x})\|_2^2
