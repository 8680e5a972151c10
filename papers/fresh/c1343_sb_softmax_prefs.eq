% Sutton & Barto (2018), Eqs. 13.3 and 13.2: linear action preferences and the soft-max in them; the features
% x(s,a) of the current state s for its k actions are the rows of X (prose; the first line is ours)
X \in \mathbb{R}^{k \times d}, \boldsymbol{\theta} \in \mathbb{R}^{d}

\mathbf{x}(s,a) = X_a
h(s,a,\boldsymbol{\theta}) \doteq \boldsymbol{\theta}^\top\mathbf{x}(s,a)
\pi(a|s,\boldsymbol{\theta}) \doteq \frac{e^{h(s,a,\boldsymbol{\theta})}}{\sum_b e^{h(s,b,\boldsymbol{\theta})}}
