% SmoothQuant, Xiao et al. (2023), Eq. 4: the per-input-channel smoothing factor from activations
% X \in R^{T x C_i} and weights W \in R^{C_i x C_o} (prose), j the input channel, alpha the migration strength
\mathbf{X} \in \mathbb{R}^{T \times C_i}, \mathbf{W} \in \mathbb{R}^{C_i \times C_o}, \alpha \in \mathbb{R}

\mathbf{s}_j = \max(|\mathbf{X}_j|)^{\alpha} / \max(|\mathbf{W}_j|)^{1-\alpha}
