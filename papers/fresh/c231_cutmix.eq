% CutMix, Yun et al. (2019), Eq. 1: M in {0,1}^{W x H} a binary mask, x in R^{W x H x C} (prose)
x_A, x_B \in \mathbb{R}^{W \times H \times C}, \mathbf{M} \in \mathbb{R}^{W \times H}, y_A, y_B \in \mathbb{R}^{K}, \lambda \in \mathbb{R}

\tilde{x} = \mathbf{M} \odot x_A + (\mathbf{1} - \mathbf{M}) \odot x_B
\tilde{y} = \lambda y_A + (1 - \lambda) y_B
