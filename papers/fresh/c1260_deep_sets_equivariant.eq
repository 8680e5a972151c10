% Deep Sets, Zaheer et al. (2017), Lemma 3 / Eq. 4: the permutation-equivariant layer on a set of M scalars,
% sigma an element-wise nonlinearity (the logistic sigmoid here)
\mathbf{x} \in \mathbb{R}^{M}, \lambda, \gamma \in \mathbb{R}

\mathbf{f}(\mathbf{x}) = \boldsymbol{\sigma}(\lambda \mathbf{I} \mathbf{x} + \gamma (\mathbf{1} \mathbf{1}^{\mathsf{T}}) \mathbf{x})
