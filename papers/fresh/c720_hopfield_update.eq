% Hopfield networks is all you need, Ramsauer et al. (2021), Eq. 3: the update rule of the modern Hopfield network;
% the N stored patterns are the columns of X = (x_1, ..., x_N) (prose), \xi the state pattern
X \in \mathbb{R}^{d \times N}, \xi \in \mathbb{R}^{d}, \beta \in \mathbb{R}

\xi^{\mathrm{new}} = X \mathrm{softmax}(\beta X^T \xi)
