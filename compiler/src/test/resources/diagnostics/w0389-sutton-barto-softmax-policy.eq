% Sutton & Barto, Eqs. 13.2-13.3: the soft-max policy in linear action preferences, nothing calling pi
\mathbf{x} \in \mathbb{R}^{S \times A \times d}, \boldsymbol{\theta} \in \mathbb{R}^{d}
h(s, a, \boldsymbol{\theta}) \doteq \boldsymbol{\theta}^\top \mathbf{x}(s, a)
% ~WARNING W0161
\pi(a|s, \boldsymbol{\theta}) \doteq \frac{e^{h(s, a, \boldsymbol{\theta})}}{\sum_b e^{h(s, b, \boldsymbol{\theta})}}
% ~WARNING W0389
% ~WARNING W0388
% ~WARNING W0388
