% Modern Hopfield networks (Ramsauer et al. 2020), eq. (3): the update rule; N stored patterns as columns of X
X \in \mathbb{R}^{d \times N}, \boldsymbol{\xi} \in \mathbb{R}^{d}, \beta \in \mathbb{R}

\boldsymbol{\xi}^{\text{new}} = X \, \mathrm{softmax}(\beta X^T \boldsymbol{\xi})
