% Hopfield Networks is All You Need, Ramsauer et al. (2020), Eq. 3: the update of the state pattern
% xi with the N stored patterns as the columns of X
X \in \mathbb{R}^{d \times N}, \boldsymbol{\xi} \in \mathbb{R}^{d}, \beta \in \mathbb{R}

\boldsymbol{\xi}^{\text{new}} = \mathbf{X} \operatorname{softmax}(\beta \mathbf{X}^T \boldsymbol{\xi})
