% A diffusion step (Ho et al., 2020) where the paper's ± stands for two equations.
x_0, \epsilon \in \mathbb{R}^{d}, \bar{\alpha}_t \in \mathbb{R}
x_t = \sqrt{\bar{\alpha}_t} x_0 \pm \sqrt{1 - \bar{\alpha}_t} \epsilon
% ~ERROR E0103
