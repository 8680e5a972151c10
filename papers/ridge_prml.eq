% Pattern Recognition and Machine Learning, Bishop (2006), Eq. 3.28: the regularized least-squares
% solution for design matrix \Phi and targets t; (.)^{-1} is the matrix inverse, I the identity
\boldsymbol{\Phi} \in \mathbb{R}^{N \times M}, \mathbf{t} \in \mathbb{R}^{N}, \lambda \in \mathbb{R}

\mathbf{w} = \left(\lambda\mathbf{I} + \boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi}\right)^{-1}\boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t}
