% Scholkopf & Smola (2002), Sec. 7.5 Eq. 7.35: the soft-margin SVM primal objective, from memory of the printing;
% w in R^N and the m slacks xi (declared)
\mathbf{w} \in \mathbb{R}^{N}, \boldsymbol{\xi} \in \mathbb{R}^{m}, C \in \mathbb{R}

\tau(\mathbf{w}, \boldsymbol{\xi}) = \frac{1}{2}\|\mathbf{w}\|^2 + \frac{C}{m}\sum_{i=1}^{m}\xi_i
