% xPos, Sun et al. (2023), "A Length-Extrapolatable Transformer", Sec. 3.2: the per-dimension decay of the
% rotation, one value for each of the d/2 rotated pairs, with \gamma = 0.4 (prose)
\zeta \in \mathbb{R}^{d/2}, \gamma = 0.4

\zeta_i = \frac{i / (d/2) + \gamma}{1 + \gamma} \in (0, 1]
