% Pattern Recognition and Machine Learning, Bishop (2006), Eq. 3.15: the maximum-likelihood weights
% (the normal equations)
\boldsymbol{\Phi} \in \mathbb{R}^{N \times M}, \mathbf{t} \in \mathbb{R}^{N}

\mathbf{w}_{\mathrm{ML}} = \left(\boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi}\right)^{-1}\boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t}
