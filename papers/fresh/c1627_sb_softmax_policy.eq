% Sutton & Barto, Reinforcement Learning (2nd ed.), Eqs. 13.2-13.3 (soft-max in action preferences, linear
% preferences), as printed; x(s,a) is a feature vector per state and action
\mathbf{x} \in \mathbb{R}^{S \times A \times d}, \boldsymbol{\theta} \in \mathbb{R}^{d}

h(s, a, \boldsymbol{\theta}) \doteq \boldsymbol{\theta}^\top \mathbf{x}(s, a)
\pi(a|s, \boldsymbol{\theta}) \doteq \frac{e^{h(s, a, \boldsymbol{\theta})}}{\sum_b e^{h(s, b, \boldsymbol{\theta})}}
