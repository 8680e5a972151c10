% Prince, Understanding Deep Learning (2023), Eqs. 12.4-12.5 (self-attention in matrix form) as printed: the
% N inputs are the columns of X (D x N); Softmax[.] "performs the softmax operation independently on each of its
% columns" (prose); beta_v, beta_q, beta_k in R^D, Omega_v, Omega_q, Omega_k in R^{D x D}
\mathbf{X} \in \mathbb{R}^{D \times N}, \boldsymbol\beta_v, \boldsymbol\beta_q, \boldsymbol\beta_k \in \mathbb{R}^{D}, \boldsymbol\Omega_v, \boldsymbol\Omega_q, \boldsymbol\Omega_k \in \mathbb{R}^{D \times D}

\mathbf{V}[\mathbf{X}] = \boldsymbol\beta_v\mathbf{1}^T + \boldsymbol\Omega_v\mathbf{X}
\mathbf{Q}[\mathbf{X}] = \boldsymbol\beta_q\mathbf{1}^T + \boldsymbol\Omega_q\mathbf{X}
\mathbf{K}[\mathbf{X}] = \boldsymbol\beta_k\mathbf{1}^T + \boldsymbol\Omega_k\mathbf{X}
\mathbf{Sa}[\mathbf{X}] = \mathbf{V}[\mathbf{X}]\cdot\mathbf{Softmax}\Bigl[\mathbf{K}[\mathbf{X}]^T\mathbf{Q}[\mathbf{X}]\Bigr]
