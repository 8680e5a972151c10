% Dynamic routing between capsules, Sabour, Frosst & Hinton (2017), Eq. 1: the squash of the total input
% s_j of capsule j; s_j the rows of s (one per capsule, prose)
\mathbf{s} \in \mathbb{R}^{n \times d}

\mathbf{v}_j = \frac{\|\mathbf{s}_j\|^2}{1 + \|\mathbf{s}_j\|^2} \frac{\mathbf{s}_j}{\|\mathbf{s}_j\|}
