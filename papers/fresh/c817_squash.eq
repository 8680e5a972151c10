% Capsule networks (Sabour et al. 2017), eq. (1): the squashing non-linearity of capsule j
\mathbf{s}_j \in \mathbb{R}^{d}

\mathbf{v}_j = \frac{\|\mathbf{s}_j\|^2}{1 + \|\mathbf{s}_j\|^2} \frac{\mathbf{s}_j}{\|\mathbf{s}_j\|}
