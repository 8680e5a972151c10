% Stanford CS236 (Ermon), diffusion lecture, the closed-form forward marginal, from memory of the printing: the noise
% schedule alpha_1..alpha_T, the step t an integer label from 1 (prose), x_0 and the noise eps per pixel
\boldsymbol{\alpha} \in \mathbb{R}^{T}, t \in \{1, \ldots, T\}, \mathbf{x}_0, \boldsymbol{\epsilon} \in \mathbb{R}^{d}

\bar{\alpha}_t = \prod_{s=1}^{t}\alpha_s
\mathbf{x}_t = \sqrt{\bar{\alpha}_t}\mathbf{x}_0 + \sqrt{1-\bar{\alpha}_t}\boldsymbol{\epsilon}
