% SIGN, Frasca et al. (2020), Eq. 4 with r = 2 and A_1 = \tilde{A}, A_2 = \tilde{A}^2 (prose): the inception-like
% layer over precomputed diffusions, sigma taken as ReLU and xi as the row softmax; N nodes, d features
\tilde{\mathbf{A}} \in \mathbb{R}^{N \times N}, \mathbf{X} \in \mathbb{R}^{N \times d}, \boldsymbol{\Theta}_0, \boldsymbol{\Theta}_1, \boldsymbol{\Theta}_2 \in \mathbb{R}^{d \times d'}, \boldsymbol{\Omega} \in \mathbb{R}^{3d' \times c}

\mathbf{Z} = \mathrm{ReLU}\left(\left[\mathbf{X}\boldsymbol{\Theta}_0, \tilde{\mathbf{A}}\mathbf{X}\boldsymbol{\Theta}_1, \tilde{\mathbf{A}}^2\mathbf{X}\boldsymbol{\Theta}_2\right]\right)
\mathbf{Y} = \mathrm{softmax}(\mathbf{Z}\boldsymbol{\Omega})
